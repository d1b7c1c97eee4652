package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The home page after login, in real Chromium: an agent who opens the login page lands on it, sees
 * what is new and the next events, and finds a tool with its search box; a provider lands in the
 * provider portal instead.
 */
class HomeJourneyIT extends BrowserJourney {

    private static void logInFromTheLoginPage(Browser browser, TestUser user) {
        browser.go("login.xhtml");
        browser.waitFor(By.id("loginForm:email")).sendKeys(user.email());
        browser.find(By.id("loginForm:password")).sendKeys(user.password());
        browser.submit(By.id("loginForm:loginButton"));
        browser.waitFor(By.id("codeForm:code")).sendKeys(user.nextCode());
        browser.submit(By.id("codeForm:codeButton"));
    }

    @Test
    void anAgentLandsOnTheHomePageAndSearchesFromIt() throws Exception {
        String toolName = "Home journey tool " + UUID.randomUUID().toString().substring(0, 6);
        TestUser.createTool(base, toolName);
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            logInFromTheLoginPage(browser, agent);
            assertEquals("Home", browser.waitFor(By.tagName("h1")).getText());
            assertTrue(browser.driver().getCurrentUrl().contains("/hub/index.xhtml"));
            assertTrue(browser.find(By.id("homeNotices")).getText().contains("New for you"));
            assertTrue(browser.find(By.id("homeEvents")).isDisplayed());
            assertTrue(
                    browser.find(By.id("homeGuide"))
                            .getAttribute("href")
                            .endsWith("/selection/guide.xhtml"));
            browser.find(By.id("homeSearchText")).sendKeys(toolName);
            browser.submit(By.id("homeSearchButton"));
            assertEquals(
                    toolName, browser.waitFor(By.cssSelector(".tool-card .tool-link")).getText());
            assertTrue(browser.text(By.id("resultCount")).startsWith("1 tools found"));
        }
    }
}
