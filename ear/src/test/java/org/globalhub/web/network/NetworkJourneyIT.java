package org.globalhub.web.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In real Chromium: a curator lists themself in the directory with their expertise and e-mail; an
 * agent finds them by expertise and writes; the curator sees the message.
 */
class NetworkJourneyIT extends BrowserJourney {

    @Test
    void anAgentFindsAColleagueByExpertiseAndTheColleagueSeesTheMessage() throws Exception {
        String text = "Hello, how did you pilot your triage tool? (" + System.nanoTime() + ")";
        TestUser curator = TestUser.create(base, "curator");
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(curator);
            browser.go("network/profile.xhtml");
            for (String box : new String[] {"listed", "showName", "showExpertise", "showContact"}) {
                WebElement checkbox = browser.waitFor(By.id("profileForm:" + box));
                if (!checkbox.isSelected()) {
                    checkbox.click();
                }
            }
            browser.find(By.id("profileForm:expertise")).clear();
            browser.find(By.id("profileForm:expertise")).sendKeys("MEDIA_TRIAGE, HASH_MATCHING");
            browser.submit(By.id("profileForm:saveProfile"));
            assertTrue(browser.text(By.id("messages")).contains("saved"));
            browser.logOut();

            browser.logIn(agent);
            browser.submit(By.id("navNetwork"));
            browser.go("network/directory.xhtml?expertise=HASH_MATCHING");
            WebElement colleague =
                    browser.driver().findElements(By.cssSelector(".colleague")).stream()
                            .filter(c -> c.getText().contains(curator.name()))
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    colleague.getText().contains(curator.email()),
                    "contact shown because the curator chose so");
            browser.submit(colleague.findElement(By.cssSelector("a.write")));
            browser.waitFor(By.id("threadForm:body")).sendKeys(text);
            browser.submit(By.id("threadForm:send"));
            assertTrue(browser.text(By.id("thread")).contains(text));
            browser.logOut();

            browser.logIn(curator);
            assertTrue(
                    browser.text(By.id("navNotifications"))
                            .matches("Notifications \\([1-9]\\d*\\)"));
            browser.go("network/messages.xhtml");
            WebElement conversation =
                    browser.driver().findElements(By.cssSelector("#conversations a")).stream()
                            .filter(a -> a.getText().contains(agent.name()))
                            .findFirst()
                            .orElseThrow();
            browser.submit(conversation);
            assertTrue(
                    browser.text(By.id("thread")).contains(text), "the colleague sees the message");
        }
    }
}
