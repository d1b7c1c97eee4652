package org.globalhub.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.HubHttp;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Privacy in real Chromium: an administrator changes a retention period (nonsense and out-of-bounds
 * values are explained, nothing is lost), the privacy notice shows the new period, a dry run
 * reports; an agent sees their data, and a deletion without the right password is refused; once a
 * person erased their account, their other sessions end at their next request.
 */
class PrivacyJourneyIT extends BrowserJourney {

    /** IMPORT_REPORT in the policy table, which lists categories by name. */
    private static final String ROW = "policyForm:policy:2:";

    private static void setDays(Browser browser, String days) {
        WebElement field = browser.waitFor(By.id(ROW + "days"));
        field.clear();
        field.sendKeys(days);
        browser.submit(By.id(ROW + "save"));
    }

    @Test
    void anAdministratorChangesAPeriodWithinItsBoundsAndEveryoneSeesIt() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.logIn(TestUser.create(base, "administrator"));
            browser.go("admin/retention.xhtml");
            String before = browser.waitFor(By.id(ROW + "days")).getAttribute("value");
            try {
                setDays(browser, "soon");
                assertTrue(browser.text(By.id("messages")).contains("whole number"));
                assertEquals(
                        "messageList",
                        browser.driver().switchTo().activeElement().getAttribute("id"),
                        "the error summary takes the focus");
                setDays(browser, "5");
                assertTrue(browser.text(By.id("messages")).contains("between 30 and 1,095 days"));
                assertEquals(
                        "5",
                        browser.find(By.id(ROW + "days")).getAttribute("value"),
                        "what was typed stays");
                setDays(browser, "400");
                assertTrue(browser.text(By.id("messages")).contains("saved"));

                browser.go("privacy.xhtml");
                assertTrue(
                        browser.text(By.id("retention")).contains("400 days"),
                        "the privacy notice shows the policy in force");

                browser.go("admin/retention.xhtml");
                browser.submit(By.id("purgeForm:dryRun"));
                assertTrue(browser.text(By.id("messages")).contains("purge has started"));
                String report = "";
                for (int i = 0; i < 30 && !report.contains("Completed"); i++) {
                    Thread.sleep(500);
                    browser.submit(By.id("runsForm:refresh"));
                    report = browser.text(By.id("runsForm:runs"));
                }
                assertTrue(
                        report.contains("Dry run") && report.contains("Audit and security events"),
                        report);
                assertTrue(
                        browser.text(By.id("purgesChart-table")).contains("(dry run)"),
                        "the purges over time, as a chart with its table");

                browser.submit(By.id("purgeForm:purgeNow"));
                assertTrue(
                        browser.text(By.id("messages")).contains("Tick the box"),
                        "a real purge needs a confirmation");
            } finally {
                browser.go("admin/retention.xhtml");
                setDays(browser, before);
            }
        }
    }

    @Test
    void anAgentSeesTheirDataAndCannotDeleteTheAccountWithoutTheirPassword() throws Exception {
        try (Browser browser = Browser.open(base)) {
            TestUser agent = TestUser.create(base, "agent");
            browser.logIn(agent);
            browser.submit(By.id("navMyData"));
            assertTrue(browser.text(By.id("account")).contains(agent.email()));
            String events = browser.text(By.id("events"));
            assertTrue(
                    events.contains("Logged in") && !events.contains("login.success"),
                    "security events read as words, not codes: " + events);
            assertTrue(browser.text(By.id("consents")).contains("privacy notice, version 1"));
            browser.find(By.id("eraseForm:password")).sendKeys("not the password at all");
            browser.find(By.id("eraseForm:understood")).click();
            browser.submit(By.id("eraseForm:erase"));
            assertTrue(browser.text(By.id("messages")).contains("password is not right"));
            browser.go("catalogue/index.xhtml");
            browser.waitFor(By.id("navLogout"));
        }
    }

    @Test
    void anErasedPersonsOtherSessionsEndAtTheirNextRequest() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        HubHttp otherDevice =
                HubHttp.open("https://localhost:" + (base.getPort() + 8443 - 8080) + "/hub", true);
        assertTrue(
                otherDevice.logIn(agent).body().contains("navLogout"),
                "logged in on another device");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.submit(By.id("navMyData"));
            browser.find(By.id("eraseForm:password")).sendKeys(agent.password());
            browser.find(By.id("eraseForm:understood")).click();
            browser.submit(By.id("eraseForm:erase"));
            browser.waitFor(By.id("erased"));
        }
        HttpResponse<String> next = otherDevice.get("/catalogue/index.xhtml");
        assertTrue(
                next.uri().getPath().endsWith("/login.xhtml"),
                "the other device's session ended: " + next.uri());
    }
}
