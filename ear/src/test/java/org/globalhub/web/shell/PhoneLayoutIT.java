package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.DemoUser;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Phones first, in real Chromium: every page that visitors, agents, curators, administrators and
 * providers open, in English, Arabic and Chinese, at 390 and 320 px wide, never scrolls sideways;
 * the header's menu folds behind its button and opens from it. Main pages are saved as screenshots
 * (English and Arabic, desktop and phone) under target/screenshots for a person to review.
 *
 * <p>Layout does not depend on the database: the PostgreSQL run skips this test ({@link
 * #assumeLayoutRun()}).
 */
class PhoneLayoutIT extends BrowserJourney {

    private static final List<String> LANGUAGES = List.of("en", "ar", "zh");
    private static final int[] WIDTHS = {390, 320};
    private static final List<String> SCREENSHOTS =
            List.of(
                    "login.xhtml",
                    "catalogue/index.xhtml",
                    "catalogue/tool.xhtml",
                    "selection/index.xhtml",
                    "selection/compare.xhtml");

    /** axe-core runs in these (left to right and right to left) on every page checked here. */
    private static final List<String> AXE_LANGUAGES = List.of("en", "ar");

    private final List<String> problems = new ArrayList<>();
    private final List<String> accessibility = new ArrayList<>();

    @Test
    void noPageScrollsSidewaysOnAPhoneInEnglishArabicOrChinese() throws Exception {
        assumeLayoutRun();
        String n = UUID.randomUUID().toString().substring(0, 6);
        long tool = TestUser.createTool(base, "Layout tool " + n);
        long other = TestUser.createTool(base, "Layout other " + n);
        try (Browser browser = Browser.open(base)) {
            check(
                    browser,
                    "login.xhtml",
                    "register.xhtml",
                    "register-provider.xhtml",
                    "terms-providers.xhtml",
                    "forgot.xhtml",
                    "reset.xhtml?token=layout-check",
                    "transparency.xhtml",
                    "privacy.xhtml");

            browser.logIn(TestUser.create(base, "agent"));
            menuFoldsAndOpens(browser);
            check(
                    browser,
                    "index.xhtml",
                    "catalogue/index.xhtml",
                    "catalogue/tool.xhtml?id=" + tool,
                    "catalogue/changes.xhtml?id=" + tool,
                    "selection/index.xhtml",
                    "selection/guide.xhtml",
                    "selection/shortlist.xhtml",
                    "selection/compare.xhtml?ids=" + tool + "," + other,
                    "selection/saved.xhtml",
                    "learning/index.xhtml",
                    firstLink(browser, "learning/index.xhtml", "a[href*='lesson.xhtml']"),
                    "network/events.xhtml",
                    "network/directory.xhtml",
                    "network/profile.xhtml",
                    "network/messages.xhtml",
                    "network/notifications.xhtml",
                    "account/data.xhtml",
                    "account/security.xhtml");
            browser.logOut();

            browser.logIn(TestUser.create(base, "curator"));
            check(
                    browser,
                    "curation/tools.xhtml",
                    "curation/edit.xhtml?tool=" + tool,
                    "curation/history.xhtml?id=" + tool,
                    "curation/reviews.xhtml",
                    firstLink(browser, "curation/reviews.xhtml", "a[href*='review.xhtml']"),
                    "curation/vetting.xhtml",
                    "curation/accounts.xhtml",
                    "curation/concerns.xhtml",
                    "curation/feedback.xhtml",
                    "curation/reports.xhtml",
                    "curation/articles.xhtml",
                    "curation/events.xhtml");
            browser.logOut();

            browser.logIn(TestUser.create(base, "administrator"));
            check(
                    browser,
                    "admin/audit.xhtml",
                    "admin/imports.xhtml",
                    "admin/retention.xhtml",
                    "admin/style.xhtml");
            browser.logOut();

            browser.logIn(DemoUser.of("provider"));
            check(
                    browser,
                    "provider/index.xhtml",
                    firstLink(browser, "provider/index.xhtml", "a[href*='edit.xhtml']"),
                    "provider/terms.xhtml");
            browser.logOut();
        }
        assertTrue(
                problems.isEmpty(), "pages that fail on a phone:\n" + String.join("\n", problems));
        assertTrue(
                accessibility.isEmpty(),
                accessibility.size()
                        + " WCAG 2.1 A/AA violations found by axe-core:\n"
                        + String.join("\n", accessibility));
    }

    /** On a phone the menu is one button; it opens and closes the menu and says so. */
    private void menuFoldsAndOpens(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.go("catalogue/index.xhtml");
        var button = browser.waitFor(By.id("menuButton"));
        assertFalse(browser.find(By.id("hubMenu")).isDisplayed(), "folded at first");
        button.click();
        assertTrue(browser.find(By.id("hubMenu")).isDisplayed(), "opened by its button");
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(browser.find(By.id("navLogout")).isDisplayed());
        button.click();
        assertFalse(browser.find(By.id("hubMenu")).isDisplayed(), "and closed again");

        assertFalse(
                browser.find(By.id("purpose")).isDisplayed(),
                "the catalogue's filters fold behind their summary on a phone");
        browser.find(By.cssSelector("#filterFold > summary")).click();
        assertTrue(browser.find(By.id("purpose")).isDisplayed(), "and open from it");
        browser.go("catalogue/index.xhtml?technology=TEXT");
        assertTrue(
                browser.find(By.id("technology")).isDisplayed()
                        && browser.text(By.cssSelector("#filterFold > summary"))
                                .contains("1 chosen"),
                "a chosen filter keeps the fold open and is counted");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.go("catalogue/index.xhtml");
        assertTrue(
                browser.find(By.id("purpose")).isDisplayed()
                        && !browser.find(By.cssSelector("#filterFold > summary")).isDisplayed(),
                "on a wide screen the filters are always in sight, without the fold");
    }

    /** The address of the first link matching {@code css} on a page, or null where it has none. */
    private static String firstLink(Browser browser, String page, String css) {
        browser.go(page);
        var links = browser.driver().findElements(By.cssSelector(css));
        if (links.isEmpty()) {
            return null;
        }
        String href = links.get(0).getAttribute("href");
        return href.substring(href.indexOf("/hub/") + "/hub/".length());
    }

    private void check(Browser browser, String... pages) throws java.io.IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (String language : LANGUAGES) {
            switchTo(browser, language);
            for (String page : pages) {
                if (page == null) {
                    continue;
                }
                String bare = page.replaceAll("\\?.*", "");
                if (SCREENSHOTS.contains(bare) && !"zh".equals(language)) {
                    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
                    browser.go(page);
                    browser.screenshot(shotName(bare, language, 1280));
                }
                browser.driver().manage().window().setSize(new Dimension(WIDTHS[0], 844));
                browser.go(page);
                assertEquals(
                        language,
                        js.executeScript("return document.documentElement.lang"),
                        page + " is shown in " + language);
                // (asked in script: findElements would wait out the implicit wait on every page)
                if (Boolean.TRUE.equals(
                        js.executeScript("return document.getElementById('errorPage') !== null"))) {
                    problems.add(language + " " + page + ": the error page instead of the page");
                }
                if (AXE_LANGUAGES.contains(language)) {
                    for (String violation : browser.axeViolations()) {
                        accessibility.add(language + " " + page + ": " + violation);
                    }
                }
                for (int width : WIDTHS) {
                    browser.driver().manage().window().setSize(new Dimension(width, 844));
                    Object overflow = js.executeScript(OVERFLOW);
                    if (overflow != null) {
                        problems.add(language + " " + width + " px " + page + ": " + overflow);
                    }
                    if (SCREENSHOTS.contains(bare) && width == 390 && !"zh".equals(language)) {
                        browser.screenshot(shotName(bare, language, width));
                    }
                }
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        switchTo(browser, "en");
    }

    /** With the language switcher of the header, as a person would. */
    private static void switchTo(Browser browser, String language) {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.go("privacy.xhtml");
        browser.submit(By.cssSelector("#languageForm button[lang='" + language + "']"));
    }

    private static String shotName(String page, String language, int width) {
        return "layout-"
                + page.replace(".xhtml", "").replace('/', '-')
                + "-"
                + language
                + "-"
                + width;
    }

    /**
     * Null when the page is no wider than the window; else the page's width and the elements that
     * stick out furthest (the ones to fix), skipping those inside a scrolling box.
     */
    private static final String OVERFLOW =
            """
            const root = document.documentElement;
            const width = root.clientWidth;
            if (root.scrollWidth <= width + 1) return null;
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
              let p = e.parentElement, clipped = false;
              while (p && p !== document.body) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
                p = p.parentElement;
              }
              if (clipped) continue;
              const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
              out.push(name + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');
            }
            return 'page ' + root.scrollWidth + ' px in ' + width + ' px: ' + out.slice(-4).join(', ');
            """;
}
