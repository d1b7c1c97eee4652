package org.globalhub.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void scriptsHandlersStylesAndJavascriptAddressesAreDropped() {
        String cleaned =
                SafeHtml.clean(
                        "<p onclick=\"steal()\" style=\"color:red\">Read <b>this</b>"
                                + "<script>alert(1)</script><img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>"
                                + "<iframe src=\"https://evil.example\"></iframe><svg onload=\"alert(4)\"></svg></p>");
        for (String bad :
                new String[] {
                    "script",
                    "onclick",
                    "onerror",
                    "onload",
                    "style",
                    "javascript:",
                    "iframe",
                    "svg",
                    "alert"
                }) {
            assertFalse(cleaned.contains(bad), bad + " in " + cleaned);
        }
        assertTrue(cleaned.startsWith("<p>Read <b>this</b>"), cleaned);
    }

    @Test
    void textStructureLinksAndHttpsImagesStay() {
        String cleaned =
                SafeHtml.clean(
                        "<h2>Title</h2><ul><li>one</li></ul><p><a href=\"https://www.unicef.org\">UNICEF</a>"
                                + " <img src=\"https://img.example.org/a.png\" alt=\"chart\"><img src=\"http://img.example.org/b.png\"></p>");
        assertTrue(cleaned.contains("<h2>Title</h2><ul><li>one</li></ul>"), cleaned);
        assertTrue(
                cleaned.contains(
                        "<a href=\"https://www.unicef.org\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">UNICEF</a>"),
                cleaned);
        assertTrue(cleaned.contains("src=\"https://img.example.org/a.png\""), cleaned);
        assertFalse(cleaned.contains("http://img.example.org"), "plain http images are dropped");
        assertEquals("", SafeHtml.clean("   "));
    }
}
