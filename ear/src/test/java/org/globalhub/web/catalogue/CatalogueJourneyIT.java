package org.globalhub.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent's journey in real Chromium: log in, filter the catalogue, open a tool, give feedback.
 */
class CatalogueJourneyIT extends BrowserJourney {

    @Test
    void agentFiltersOpensAToolAndFeedbackAppearsEscapedAfterModeration() throws Exception {
        String comment =
                "<script>window.hacked=1</script> Fast triage, few false alarms "
                        + System.nanoTime();
        TestUser agent = TestUser.create(base, "agent");
        TestUser curator = TestUser.create(base, "curator");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            assertTrue(browser.text(By.id("resultCount")).matches("(?s).*\\d+ tools found.*"));
            browser.screenshot("catalogue");

            new Select(browser.find(By.id("technology"))).selectByVisibleText("Text");
            browser.submit(By.id("searchButton"));
            browser.waitFor(By.id("resultCount"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("technology=TEXT"),
                    "filters are in the address");
            List<WebElement> cards = browser.driver().findElements(By.cssSelector(".tool-card"));
            assertFalse(cards.isEmpty());
            for (WebElement card : cards) {
                assertTrue(
                        card.getText().contains("Text"),
                        "every result analyses text: " + card.getText());
            }

            String toolName = cards.get(0).findElement(By.cssSelector(".tool-link")).getText();
            browser.submit(cards.get(0).findElement(By.cssSelector(".tool-link")));
            assertEquals(toolName, browser.waitFor(By.id("toolName")).getText());
            assertTrue(
                    browser.find(By.id("technical")).getText().contains("What is the tool for?"));
            assertTrue(
                    browser.find(By.id("ethics"))
                            .getText()
                            .contains("Was the training data obtained lawfully?"));
            String keyFacts = browser.text(By.id("keyFacts"));
            assertTrue(
                    keyFacts.contains("Text")
                            && keyFacts.matches("(?s).*\\d+ of \\d+ questions answered.*"),
                    "key facts at the top: " + keyFacts);
            assertTrue(
                    keyFacts.split("Not stated by the provider", -1).length <= 2,
                    "facts the provider did not state are named on one line: " + keyFacts);
            browser.screenshot("tool");

            browser.find(By.cssSelector("input[name='feedbackForm:rating'][value='4']")).click();
            browser.find(By.id("feedbackForm:comment")).sendKeys(comment);
            browser.submit(By.id("feedbackForm:sendFeedback"));
            browser.screenshot("feedback-sent");
            assertTrue(
                    browser.waitFor(By.id("messages"))
                            .getText()
                            .contains("after a curator checks it"));
            assertFalse(
                    browser.find(By.id("feedbackList")).getText().contains(comment),
                    "not shown before moderation");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("#feedback"),
                    "back at the feedback, not at the top of the page");
            assertTrue(
                    browser.text(By.id("myFeedback")).contains("waiting for a curator"),
                    "the agent's own feedback, waiting: " + browser.text(By.id("myFeedback")));
            assertTrue(
                    browser.driver().findElements(By.id("feedbackForm")).isEmpty(),
                    "no second feedback form");
            String toolUrl = browser.driver().getCurrentUrl();
            browser.logOut();

            browser.logIn(curator);
            browser.go("curation/feedback.xhtml?q=" + comment.replaceAll(".* ", ""));
            WebElement item =
                    browser.driver().findElements(By.cssSelector(".feedback-item")).stream()
                            .filter(e -> e.getText().contains(comment))
                            .findFirst()
                            .orElseThrow();
            browser.submit(item.findElement(By.cssSelector("button.publish")));
            browser.waitFor(By.id("messages"));

            browser.driver().get(toolUrl);
            String feedback = browser.waitFor(By.id("feedbackList")).getText();
            assertTrue(
                    feedback.contains(comment),
                    "the comment is shown as text, script tags and all");
            assertEquals(
                    5,
                    browser.driver().findElements(By.cssSelector("#ratingChart svg rect")).size(),
                    "the ratings' chart has a bar for each number of stars");
            assertTrue(
                    browser.text(By.id("ratingChart-table")).matches("(?s).*4 stars [1-9].*"),
                    "its table has the same figures: " + browser.text(By.id("ratingChart-table")));
            assertEquals(
                    null,
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("return window.hacked;"),
                    "the script in the comment never ran");
        }
    }

    @Test
    void badAddressesGiveAClearMessageNotAStackTrace() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            for (String bad :
                    List.of(
                            "catalogue/tool.xhtml?id=987654321",
                            "catalogue/tool.xhtml?id=abc",
                            "catalogue/tool.xhtml")) {
                browser.go(bad);
                assertEquals(
                        "Tool not found",
                        browser.waitFor(By.cssSelector("#toolNotFound h1")).getText(),
                        bad);
            }
            browser.go("catalogue/index.xhtml?purpose=NOT_A_PURPOSE&page=-3");
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("not valid"));
            assertTrue(browser.text(By.id("resultCount")).contains("tools found"));
            browser.go("no-such-page.xhtml");
            assertTrue(browser.waitFor(By.id("errorPage")).getText().contains("does not exist"));
            assertFalse(browser.driver().getPageSource().contains("Exception"));
        }
    }

    @Test
    void arabicPagesAreRightToLeftAndTheChoiceIsRemembered() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.go("catalogue/index.xhtml");
            browser.submit(By.cssSelector("#languageForm button[lang='ar']"));
            browser.waitFor(By.cssSelector("html[dir='rtl']"));
            assertEquals("ar", browser.find(By.tagName("html")).getAttribute("lang"));
            // Menu, filter form and tool cards are kept as HTML per language (hub:cached).
            assertTrue(arabic(browser.find(By.cssSelector(".hub-nav a")).getText()), "menu");
            assertTrue(arabic(browser.find(By.id("searchButton")).getText()), "filter form");
            assertTrue(arabic(browser.find(By.cssSelector("#toolList .tag")).getText()), "cards");
            browser.screenshot("catalogue-ar");
            browser.logOut();
            browser.logIn(agent);
            assertEquals(
                    "rtl",
                    browser.find(By.tagName("html")).getAttribute("dir"),
                    "the language cookie outlives the session");
            browser.go("catalogue/index.xhtml");
            browser.submit(By.cssSelector("#languageForm button[lang='en']"));
            browser.waitFor(By.cssSelector("html[dir='ltr']"));
            assertFalse(arabic(browser.find(By.cssSelector("#toolList .tag")).getText()), "cards");
            assertFalse(arabic(browser.find(By.id("searchButton")).getText()), "filter form");
        }
    }

    private static boolean arabic(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
