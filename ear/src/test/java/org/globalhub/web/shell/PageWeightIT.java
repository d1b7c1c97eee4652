package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Light pages, measured in real Chromium with its cache off, as an agent on a slow link first meets
 * them: what the catalogue, a tool page and the finder transfer over the wire (HTML, scripts,
 * stylesheets, images) and how large their HTML is. Prints a table (ear/page-weight.sh runs only
 * this test) and holds the pages to at most 300 KB transferred and 60 KB of HTML.
 */
class PageWeightIT extends BrowserJourney {

    static final long MAX_TRANSFER = 300 * 1024;
    static final long MAX_HTML = 60 * 1024;

    /** Per page: bytes on the wire, HTML bytes (decoded), requests, and the largest resources. */
    private static final String WEIGHT =
            """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            let wire = nav.transferSize;
            const parts = [];
            for (const r of resources) {
              wire += r.transferSize;
              parts.push([r.transferSize, r.name.replace(/^.*\\//, '').replace(/\\?.*/, '')]);
            }
            parts.sort((a, b) => b[0] - a[0]);
            return {wire: wire, html: nav.decodedBodySize, htmlWire: nav.transferSize,
                    requests: resources.length + 1,
                    largest: parts.slice(0, 5).map(p => p[1] + ' ' + Math.round(p[0] / 1024) + ' KB').join(', ')};
            """;

    @Test
    void theCatalogueToolPageAndFinderAreLightOnASlowLink() throws Exception {
        assumeLayoutRun();
        long tool =
                TestUser.createTool(
                        base, "Weight tool " + UUID.randomUUID().toString().substring(0, 6));
        List<String> rows = new ArrayList<>();
        List<String> tooHeavy = new ArrayList<>();
        try (Browser browser = Browser.open(base)) {
            browser.logIn(TestUser.create(base, "agent"));
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            for (String page :
                    List.of(
                            "catalogue/index.xhtml",
                            "catalogue/tool.xhtml?id=" + tool,
                            "selection/index.xhtml",
                            "login.xhtml",
                            "register.xhtml")) {
                browser.go(page);
                @SuppressWarnings("unchecked")
                Map<String, Object> weight =
                        (Map<String, Object>) ((JavascriptExecutor) chrome).executeScript(WEIGHT);
                long wire = ((Number) weight.get("wire")).longValue();
                long html = ((Number) weight.get("html")).longValue();
                rows.add(
                        String.format(
                                "| %-28s | %6d KB | %5d KB | %4d KB | %3d | %s |",
                                page.replaceAll("\\?.*", ""),
                                wire / 1024,
                                html / 1024,
                                ((Number) weight.get("htmlWire")).longValue() / 1024,
                                ((Number) weight.get("requests")).longValue(),
                                weight.get("largest")));
                if (wire > MAX_TRANSFER || html > MAX_HTML) {
                    tooHeavy.add(
                            page
                                    + ": "
                                    + wire / 1024
                                    + " KB on the wire, HTML "
                                    + html / 1024
                                    + " KB");
                }
            }
        }
        System.out.println("[hub] Page weight, first visit with the cache off (Chromium):");
        System.out.println("| page | on the wire | HTML | HTML on the wire | requests | largest |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
        assertTrue(
                tooHeavy.isEmpty(),
                "over "
                        + MAX_TRANSFER / 1024
                        + " KB or "
                        + MAX_HTML / 1024
                        + " KB of HTML: "
                        + tooHeavy);
    }
}
