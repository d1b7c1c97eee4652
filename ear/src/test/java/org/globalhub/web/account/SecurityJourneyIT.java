package org.globalhub.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.HubHttp;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The account security page in real Chromium: an agent logged in on two devices sees both sessions
 * and ends the other one, corrects their phone and agency (nonsense is explained and kept in the
 * form), changes the password (a wrong current one is refused), makes new recovery codes, moves to
 * a new authenticator app, and logs in again with the new password and the new app.
 */
class SecurityJourneyIT extends BrowserJourney {

    private String https() {
        return "https://localhost:" + (base.getPort() + 8443 - 8080) + "/hub";
    }

    @Test
    void anAgentEndsAnotherSessionChangesPasswordCodesAndAuthenticatorAndLogsInWithTheNewOnes()
            throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        HubHttp otherDevice = HubHttp.open(https(), true);
        assertTrue(otherDevice.logIn(agent).body().contains("navLogout"));
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.submit(By.id("navSecurity"));
            List<WebElement> rows =
                    browser.waitFor(By.id("sessionsForm:sessionList"))
                            .findElements(By.cssSelector("tbody tr"));
            assertEquals(2, rows.size(), "two open sessions");
            WebElement other =
                    rows.stream()
                            .filter(
                                    r ->
                                            !r.findElements(By.cssSelector("input.end-session"))
                                                    .isEmpty())
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    other.getText().contains("Java-http-client")
                            || other.getText().contains("Java"),
                    other.getText());
            browser.submit(other.findElement(By.cssSelector("input.end-session")));
            assertTrue(browser.text(By.id("messages")).contains("session is ended"));
            HttpResponse<String> ended = otherDevice.get("/catalogue/index.xhtml");
            assertTrue(
                    ended.uri().getPath().endsWith("/login.xhtml"),
                    "the ended session's next request: " + ended.uri());

            browser.find(By.id("detailsForm:phone")).clear();
            browser.find(By.id("detailsForm:phone")).sendKeys("not a phone");
            browser.submit(By.id("detailsForm:saveDetails"));
            assertEquals(
                    "not a phone",
                    browser.find(By.id("detailsForm:phone")).getAttribute("value"),
                    "what was typed stays");
            browser.find(By.id("detailsForm:phone")).clear();
            browser.find(By.id("detailsForm:phone")).sendKeys("+254 20 123 4567");
            browser.find(By.id("detailsForm:agency")).clear();
            browser.find(By.id("detailsForm:agency")).sendKeys("Kenya National Police Service");
            browser.submit(By.id("detailsForm:saveDetails"));
            assertTrue(browser.text(By.id("messages")).contains("details are saved"));
            browser.go("account/data.xhtml");
            assertTrue(
                    browser.text(By.id("account")).contains("+254 20 123 4567")
                            && browser.text(By.id("account")).contains("Kenya National Police"));
            browser.go("account/security.xhtml");

            browser.find(By.id("passwordForm:current")).sendKeys("not my password at all");
            browser.find(By.id("passwordForm:newPassword")).sendKeys("amber river lantern nine");
            browser.find(By.id("passwordForm:repeated")).sendKeys("amber river lantern nine");
            browser.submit(By.id("passwordForm:changePassword"));
            assertTrue(browser.text(By.id("messages")).contains("current password is not right"));
            browser.find(By.id("passwordForm:current")).sendKeys(agent.password());
            browser.find(By.id("passwordForm:newPassword")).sendKeys("amber river lantern nine");
            browser.find(By.id("passwordForm:repeated")).sendKeys("amber river lantern nine");
            browser.submit(By.id("passwordForm:changePassword"));
            assertTrue(browser.text(By.id("messages")).contains("password is changed"));

            browser.find(By.id("codesForm:current")).sendKeys("amber river lantern nine");
            browser.submit(By.id("codesForm:newCodes"));
            assertEquals(
                    10,
                    browser.waitFor(By.id("recoveryCodes")).findElements(By.tagName("li")).size());

            browser.find(By.id("mfaStartForm:current")).sendKeys("amber river lantern nine");
            browser.submit(By.id("mfaStartForm:startAuthenticator"));
            String secret = browser.waitFor(By.id("newSecret")).getText().replace(" ", "");
            TestUser withNewApp = new TestUser(agent.email(), "amber river lantern nine", secret);
            browser.find(By.id("mfaConfirmForm:code")).sendKeys(withNewApp.nextCode());
            browser.submit(By.id("mfaConfirmForm:confirmAuthenticator"));
            assertTrue(browser.text(By.id("messages")).contains("new app is in use"));
            assertEquals(
                    10,
                    browser.waitFor(By.id("recoveryCodes")).findElements(By.tagName("li")).size());
            browser.screenshot("account-security");

            browser.go("catalogue/index.xhtml");
            browser.waitFor(By.id("navLogout"));
            browser.logOut();
            browser.logIn(withNewApp);
            browser.waitFor(By.id("navLogout"));
        }
    }
}
