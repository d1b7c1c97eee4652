package org.globalhub.web.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tool finder in real Chromium: a facet narrows the results to its count; nonsense in the
 * address is explained, not an error; the guided questions (shaped by earlier answers, each
 * skippable) lead to an explained shortlist, two tools are compared side by side and the comparison
 * is downloaded as CSV and Excel.
 */
class SelectionJourneyIT extends BrowserJourney {

    @Test
    void anAgentFiltersByFacetsAndNonsenseInTheAddressIsExplained() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.submit(By.id("navFinder"));
            WebElement value =
                    browser.waitFor(
                            By.cssSelector(
                                    "a.facet-value[data-facet=task][data-value=MEDIA_TRIAGE]"));
            String count =
                    value.findElement(By.xpath("following-sibling::span[@class='count']"))
                            .getText()
                            .replaceAll("\\D", "");
            browser.submit(value);
            assertTrue(
                    browser.driver().getCurrentUrl().contains("task=MEDIA_TRIAGE"),
                    "the choice is in the address");
            browser.screenshot("finder");
            assertTrue(
                    browser.text(By.id("resultCount")).startsWith(count + " tool"),
                    browser.text(By.id("resultCount")) + " vs " + count);
            var chips = browser.driver().findElements(By.cssSelector("#chips a.chip"));
            assertEquals(1, chips.size(), "the chosen filter is shown as a chip");
            assertTrue(
                    browser.find(By.id("facet-task")).getAttribute("open") != null,
                    "its group is open");
            var folded = browser.driver().findElements(By.cssSelector("details.facet:not([open])"));
            assertTrue(!folded.isEmpty(), "groups after the first three are folded");
            browser.submit(chips.get(0));
            assertFalse(
                    browser.driver().getCurrentUrl().contains("task=MEDIA_TRIAGE"),
                    "the chip's link removes its filter");
            assertTrue(browser.driver().findElements(By.id("chips")).isEmpty());

            browser.go(
                    "selection/index.xhtml?task=%3Cscript%3Ealert(1)%3C/script%3E&stage=99999&page=-4&lang=zz");
            String notice = browser.text(By.id("messages"));
            assertTrue(notice.contains("not understood"), notice);
            assertTrue(notice.contains("<script>"), "shown as text, never run");
            assertTrue(browser.text(By.id("resultCount")).contains("tool"), "the page still works");
        }
    }

    @Test
    void guidedQuestionsLeadToAnExplainedShortlistAComparisonAndItsExport() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.go("selection/guide.xhtml");
            assertEquals("What do you need to do?", browser.text(By.id("question")));
            browser.find(By.cssSelector("input[name=task][value=GROOMING_TEXT_ANALYSIS]")).click();
            browser.find(By.cssSelector("input[name=task][value=OSINT_DARK_WEB]")).click();
            browser.submit(By.id("next"));
            assertEquals("What material do you have?", browser.text(By.id("question")));
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("input[name=data][value=VIDEO]"))
                            .isEmpty(),
                    "only material these tasks work on is offered");
            browser.find(By.cssSelector("input[name=data][value=TEXT]")).click();
            browser.submit(By.id("next"));
            assertEquals(
                    "In which languages are the texts or recordings?",
                    browser.text(By.id("question")),
                    "asked because of text");
            browser.find(By.cssSelector("input[name=lang][value=en]")).click();
            browser.submit(By.id("next"));
            assertEquals("Where may the data be processed?", browser.text(By.id("question")));
            browser.find(By.cssSelector("input[name=where][value=on-premises]")).click();
            browser.submit(By.id("next"));
            assertEquals(
                    "On which operating systems must it run?",
                    browser.text(By.id("question")),
                    "asked because on premises");
            browser.submit(By.id("skip"));
            assertEquals("What can you spend?", browser.text(By.id("question")));
            browser.submit(By.id("skip"));
            assertEquals(
                    "What technical skills does your team have?", browser.text(By.id("question")));
            browser.find(By.cssSelector("input[name=skills][value='3']")).click();
            browser.submit(By.id("next"));

            assertTrue(browser.driver().getCurrentUrl().contains("shortlist.xhtml"));
            String url =
                    java.net.URLDecoder.decode(
                            browser.driver().getCurrentUrl(), StandardCharsets.UTF_8);
            assertTrue(
                    url.contains("task=GROOMING_TEXT_ANALYSIS,OSINT_DARK_WEB")
                            && url.contains("where=on-premises")
                            && url.contains("skills=3"),
                    url);
            List<WebElement> matches =
                    browser.driver().findElements(By.cssSelector("#shortlist .match"));
            assertTrue(matches.size() >= 2, "the demo catalogue has at least two such tools");
            assertTrue(
                    matches.get(0)
                            .findElement(By.cssSelector(".reasons"))
                            .getText()
                            .contains("does what you need"));
            assertTrue(browser.text(By.id("shortlistCount")).contains("fit your answers"));

            browser.screenshot("shortlist");
            String first = matches.get(0).findElement(By.cssSelector(".tool-link")).getText();
            String second = matches.get(1).findElement(By.cssSelector(".tool-link")).getText();
            matches.get(0).findElement(By.cssSelector("input[name=ids]")).click();
            matches.get(1).findElement(By.cssSelector("input[name=ids]")).click();
            browser.submit(By.id("compareButton"));
            WebElement table = browser.waitFor(By.id("comparison"));
            browser.screenshot("comparison");
            assertEquals(
                    3,
                    table.findElements(By.cssSelector("thead th")).size(),
                    "question column and two tools");
            assertTrue(table.getText().contains(first) && table.getText().contains(second));
            assertTrue(
                    !table.findElements(By.cssSelector("tr.differs")).isEmpty(),
                    "differences are marked");
            int allRows = table.findElements(By.cssSelector("tbody tr:not(.group)")).size();
            assertTrue(
                    table.findElements(By.cssSelector("tbody.section tr.group")).size() >= 4,
                    "questions grouped by their sections");
            browser.submit(By.id("onlyDifferences"));
            table = browser.waitFor(By.id("comparison"));
            int differing = table.findElements(By.cssSelector("tbody tr:not(.group)")).size();
            assertTrue(differing > 0 && differing < allRows, differing + " of " + allRows);
            assertEquals(
                    differing,
                    table.findElements(By.cssSelector("tbody tr.differs")).size(),
                    "only the rows that differ");
            assertTrue(browser.text(By.id("compareView")).contains(differing + " rows differ"));
            assertEquals(
                    "sticky",
                    table.findElement(By.cssSelector("thead th")).getCssValue("position"),
                    "the tools' row stays in sight");
            browser.submit(By.id("allRows"));

            browser.find(By.id("compareExport:csv")).click();
            String csv = new String(browser.downloaded(".csv"), StandardCharsets.UTF_8);
            assertTrue(
                    csv.contains("\"Question\"") && csv.contains(first) && csv.contains(second),
                    csv.substring(0, Math.min(300, csv.length())));
            browser.find(By.id("compareExport:xlsx")).click();
            byte[] xlsx = browser.downloaded(".xlsx");
            assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an Excel workbook");

            String oneTool =
                    browser.driver().getCurrentUrl().replaceAll(".*[?&]ids=(\\d+).*", "$1");
            browser.go("selection/compare.xhtml?ids=" + oneTool + "," + oneTool);
            assertTrue(browser.text(By.id("compareView")).contains("No row differs"));
            assertTrue(
                    browser.driver().findElements(By.id("onlyDifferences")).isEmpty(),
                    "nothing to narrow down: \"only the differences\" is not offered");
        }
    }

    @Test
    void theComparisonTrayKeepsTicksAcrossPagesAndStopsAtFour() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.go("selection/index.xhtml?sort=NAME");
            var boxes = browser.driver().findElements(By.cssSelector("#toolList input[name=ids]"));
            assertTrue(boxes.size() >= 6, "enough tools to fill the tray");
            boxes.get(0).click();
            boxes.get(1).click();
            assertTrue(browser.text(By.id("compareTray")).startsWith("2 of 4 tools kept"));

            browser.go("selection/index.xhtml?sort=NAME&page=1&validated=unknown");
            browser.go("selection/index.xhtml?sort=NAME");
            boxes = browser.driver().findElements(By.cssSelector("#toolList input[name=ids]"));
            assertTrue(
                    boxes.get(0).isSelected() && boxes.get(1).isSelected(),
                    "the ticks are still there after other pages");
            boxes.get(2).click();
            boxes.get(3).click();
            boxes.get(4).click();
            assertFalse(boxes.get(4).isSelected(), "a fifth tool is refused");
            assertTrue(
                    browser.text(By.id("compareTray")).contains("up to four tools"),
                    "and the tray says why: " + browser.text(By.id("compareTray")));
            browser.submit(By.id("compareButton"));
            assertEquals(
                    5,
                    browser.waitFor(By.id("comparison"))
                            .findElements(By.cssSelector("thead th"))
                            .size(),
                    "the question column and the four kept tools");
        }
    }
}
