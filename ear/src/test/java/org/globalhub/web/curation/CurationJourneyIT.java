package org.globalhub.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Curators in real Chromium: an agent reports a concern, a curator removes the tool, the agent is
 * notified and agents see the public notice.
 */
class CurationJourneyIT extends BrowserJourney {

    @Test
    void reportedToolIsRemovedByACuratorAndAgentsSeeOnlyThePublicReason() throws Exception {
        String reason =
                "Removed: the provider could not show lawful training data ("
                        + System.nanoTime()
                        + ").";
        TestUser agent = TestUser.create(base, "agent");
        TestUser curator = TestUser.create(base, "curator");
        String toolName = "Curation journey tool " + System.nanoTime() % 1_000_000_000L;
        TestUser.createTool(base, toolName);
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.go("catalogue/index.xhtml?q=" + toolName.replace(' ', '+'));
            WebElement link = browser.waitFor(By.cssSelector(".tool-card .tool-link"));
            assertEquals(
                    toolName, link.getText(), "the journey's own tool, not whichever is newest");
            browser.submit(link);
            String toolUrl = browser.driver().getCurrentUrl();
            new Select(browser.find(By.id("concernForm:reason")))
                    .selectByVisibleText("Legal issue");
            browser.find(By.id("concernForm:details"))
                    .sendKeys("The provider sells it to private buyers.");
            browser.submit(By.id("concernForm:sendConcern"));
            assertTrue(
                    browser.waitFor(By.id("messages"))
                            .getText()
                            .contains("Curators will look at your report"));
            browser.go("curation/concerns.xhtml");
            assertTrue(
                    browser.waitFor(By.id("errorPage")).getText().contains("do not have access"),
                    "agents cannot open the concern queue");
            browser.go("catalogue/index.xhtml");
            browser.logOut();

            browser.logIn(curator);
            browser.go("curation/concerns.xhtml");
            browser.find(By.id("listSearchText")).sendKeys(toolName);
            browser.submit(By.id("listSearchButton"));
            assertTrue(
                    browser.text(By.id("listCount")).startsWith("1 entry"),
                    "the queue searched by the tool's name: " + browser.text(By.id("listCount")));
            WebElement concern =
                    browser.driver().findElements(By.cssSelector(".concern-item")).stream()
                            .filter(e -> e.getText().contains(toolName))
                            .findFirst()
                            .orElseThrow();
            concern.findElement(By.cssSelector("textarea.reason")).sendKeys(reason);
            browser.submit(concern.findElement(By.cssSelector("button.ui-button-danger")));
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("decision is recorded"));
            browser.go("curation/tools.xhtml");
            browser.find(By.id("toolSearchText")).sendKeys(toolName);
            new Select(browser.find(By.id("toolSearchStatus"))).selectByValue("REMOVED");
            browser.submit(By.id("toolSearchButton"));
            java.util.List<WebElement> rows =
                    browser.driver().findElements(By.cssSelector("#toolsForm\\:tools tbody tr"));
            assertEquals(1, rows.size(), "found by name among the removed tools, in the database");
            assertTrue(rows.get(0).getText().contains(toolName), rows.get(0).getText());
            browser.logOut();

            browser.logIn(agent);
            assertTrue(
                    browser.text(By.id("navNotifications"))
                            .matches("Notifications \\([1-9]\\d*\\)"),
                    "the agent who reported the tool has an unread notice");
            browser.submit(By.id("navNotifications"));
            String notices = browser.text(By.id("notificationList"));
            assertTrue(
                    notices.contains(toolName + " was removed from the catalogue")
                            && notices.contains(reason),
                    notices);
            browser.driver().get(toolUrl);
            WebElement notice = browser.waitFor(By.id("removalNotice"));
            assertTrue(notice.getText().contains(reason), "the public reason is shown");
            assertTrue(
                    browser.driver().findElements(By.id("technical")).isEmpty(),
                    "the tool's content is gone");
            browser.go("catalogue/index.xhtml?q=" + toolName.replace(' ', '+'));
            assertTrue(
                    browser.text(By.id("resultCount")).startsWith("0 tools found"),
                    "the tool left the catalogue");
        }
    }

    /**
     * Regression: JSF rebuilt a list to find the pressed row before it set the list's search from
     * the address, so a row's action on a searched list acted on the row at the same place in the
     * unsearched list (another tool).
     */
    @Test
    void aRowsActionOnASearchedListActsOnThatRow() throws Exception {
        String name = "Searched row tool " + System.nanoTime() % 1_000_000_000L;
        long tool = TestUser.createTool(base, name);
        try (Browser browser = Browser.open(base)) {
            browser.logIn(TestUser.create(base, "curator"));
            browser.go("curation/tools.xhtml?status=PUBLISHED&q=" + name.replace(' ', '+'));
            java.util.List<WebElement> rows =
                    browser.driver().findElements(By.cssSelector("#toolsForm\\:tools tbody tr"));
            assertEquals(1, rows.size(), "the search finds the tool");
            rows.get(0).findElement(By.cssSelector("input.reason")).sendKeys("Checked by a test");
            browser.submit(rows.get(0).findElement(By.cssSelector("button.ui-button-warning")));
            assertTrue(browser.text(By.id("messages")).contains("suspended"), "suspended");
            browser.go("catalogue/tool.xhtml?id=" + tool);
            assertTrue(
                    !browser.driver().findElements(By.id("suspensionNotice")).isEmpty(),
                    "the tool that was shown is the one suspended");
        }
    }
}
