package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.UUID;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Without a mouse, in real Chromium: an agent logs in, filters the finder, compares two tools and
 * sends feedback with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing). Every step
 * reaches its control within a bounded number of Tab presses, and the focus is always visible.
 */
class KeyboardJourneyIT extends BrowserJourney {

    /** More presses than this to reach a control is a keyboard trap or a page too long to use. */
    private static final int MAX_TABS = 60;

    @Test
    void anAgentLogsInFiltersComparesAndSendsFeedbackWithTheKeyboardAlone() throws Exception {
        assumeLayoutRun();
        String n = UUID.randomUUID().toString().substring(0, 6);
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            // Sent empty: the error summary takes the focus, its link leads to the field, which
            // says what is wrong.
            press(tabTo(browser, "#loginForm\\:loginButton"), Keys.ENTER);
            browser.waitFor(By.id("messageList"));
            assertEquals("messageList", active(browser).getAttribute("id"));
            press(tabTo(browser, "#messageList a[data-for='loginForm:email']"), Keys.ENTER);
            WebElement email = active(browser);
            assertEquals("loginForm:email", email.getAttribute("id"));
            assertEquals("true", email.getAttribute("aria-invalid"));
            assertTrue(
                    browser.text(By.id("loginForm:email-error")).length() > 0,
                    "the message is beside the field too");
            email.sendKeys(agent.email());
            tabTo(browser, "#loginForm\\:password").sendKeys(agent.password(), Keys.ENTER);
            browser.waitFor(By.id("codeForm:code"));
            tabTo(browser, "#codeForm\\:code").sendKeys(agent.nextCode(), Keys.ENTER);
            browser.present(By.id("navLogout"));

            // The finder: its first filter (the first task) chosen with Enter.
            press(tabTo(browser, "#navFinder"), Keys.ENTER);
            browser.waitFor(By.id("facets"));
            press(tabTo(browser, "a.facet-value[data-facet=task]"), Keys.ENTER);
            browser.waitFor(By.id("chips"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("task="),
                    "the filter is in the address");
            assertTrue(
                    browser.driver().findElements(By.cssSelector("#toolList li")).size() >= 2,
                    "at least two tools to compare: " + browser.text(By.id("resultCount")));

            // Past the filters to the results, two ticks with Space, the comparison with Enter.
            press(tabTo(browser, "#toResults"), Keys.ENTER);
            press(tabTo(browser, "#toolList input[name=ids]"), Keys.SPACE);
            press(tabTo(browser, "#toolList input[name=ids]:not(:checked)"), Keys.SPACE);
            press(tabTo(browser, "#compareButton"), Keys.ENTER);
            WebElement table = browser.waitFor(By.id("comparison"));
            assertEquals(
                    3,
                    table.findElements(By.cssSelector("thead th")).size(),
                    "the question column and the two ticked tools");

            // Feedback on the first tool: the rating with arrow keys, the comment typed, sent with
            // Enter.
            press(tabTo(browser, "#comparison thead a"), Keys.ENTER);
            browser.waitFor(By.id("toolName"));
            press(tabTo(browser, "#keyFacts a[href='#feedback']"), Keys.ENTER);
            press(tabTo(browser, "input[name='feedbackForm:rating']"), Keys.SPACE);
            WebElement rating = active(browser);
            rating.sendKeys(Keys.ARROW_RIGHT);
            rating = active(browser);
            String stars = rating.getAttribute("value");
            assertTrue(rating.isSelected(), "the arrow key chose a rating");
            tabTo(browser, "#feedbackForm\\:comment").sendKeys("Sent without a mouse " + n);
            press(tabTo(browser, "#feedbackForm\\:sendFeedback"), Keys.ENTER);
            assertTrue(
                    browser.waitFor(By.id("messages"))
                            .getText()
                            .contains("after a curator checks it"),
                    "sent, waiting for moderation (" + stars + " stars)");
        }
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static void press(WebElement element, Keys key) {
        element.sendKeys(key);
    }

    /**
     * Presses Tab until the focus is on an element matching {@code css}; fails after {@link
     * #MAX_TABS}. Each focused element must show a focus indicator (an outline or a box shadow).
     */
    private static WebElement tabTo(Browser browser, String css) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = active(browser);
            if (Boolean.TRUE.equals(
                    js.executeScript(
                            "return document.activeElement !== document.body"
                                    + " && document.activeElement.matches(arguments[0]);",
                            css))) {
                Object visible =
                        js.executeScript(
                                "var s = getComputedStyle(document.activeElement);"
                                        + " return (s.outlineStyle !== 'none' &&"
                                        + " parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';");
                assertEquals(Boolean.TRUE, visible, css + " shows that it has the focus");
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        fail("no element " + css + " within " + MAX_TABS + " Tab presses");
        return null;
    }
}
