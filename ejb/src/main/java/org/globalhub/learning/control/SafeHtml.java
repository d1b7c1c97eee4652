package org.globalhub.learning.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML that curators write (rich-text editor) before it is stored: jsoup's allow-list
 * keeps text structure (paragraphs, headings, lists, emphasis, tables, quotes), links (http, https,
 * mailto; opened with rel="noopener noreferrer nofollow") and https images; scripts, event
 * handlers, styles, frames and javascript: addresses are dropped.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED =
            Safelist.relaxed()
                    .removeProtocols("img", "src", "http")
                    .addAttributes("a", "rel", "target")
                    .preserveRelativeLinks(false);

    private SafeHtml() {}

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(html, "", ALLOWED, output);
        Document document = Jsoup.parseBodyFragment(cleaned);
        document.select("a[href]")
                .forEach(
                        a ->
                                a.attr("rel", "noopener noreferrer nofollow")
                                        .attr("target", "_blank"));
        document.outputSettings(output);
        return document.body().html();
    }
}
