package org.globalhub.web.selection;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts of the Hub's PDF exports, carried by the application so that a PDF prints the same on
 * any server, in all six languages, for about 50 KB more in the EAR:
 *
 * <ol>
 *   <li>Liberation Sans, which OpenPDF ships (Latin, Cyrillic, Greek), embedded as a subset;
 *   <li>the Arabic letters of DejaVu Sans ({@code /org/globalhub/web/fonts/}, 45 KB, with its
 *       licence), embedded as a subset; OpenPDF shapes Arabic with the font's presentation forms;
 *   <li>OpenPDF's Adobe Asian font STSong-Light (Simplified Chinese), named but not embedded: PDF
 *       readers bring their own Chinese font for it, so no 10 MB font travels with the Hub.
 * </ol>
 *
 * A run of text is set in the first font that has its characters ({@link FontSelector}).
 */
final class PdfFonts {

    private static final String LATIN_CYRILLIC = "font-fallback/LiberationSans-Regular.ttf";
    private static final String ARABIC = "org/globalhub/web/fonts/HubArabic-DejaVuSans.ttf";

    /** Read once: BaseFonts are immutable and shared by every export. */
    private static final List<BaseFont> FONTS =
            List.of(embedded(LATIN_CYRILLIC), embedded(ARABIC), chinese());

    private PdfFonts() {}

    /** A selector over the Hub's fonts at one size and style (bold is drawn by OpenPDF). */
    static FontSelector selector(float size, int style) {
        FontSelector selector = new FontSelector();
        FONTS.forEach(font -> selector.addFont(new Font(font, size, style)));
        return selector;
    }

    /** Whether every character of {@code text} has a glyph in one of the fonts. */
    static boolean covers(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .allMatch(c -> FONTS.stream().anyMatch(font -> font.charExists(c)));
    }

    private static BaseFont embedded(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is not in the EAR");
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont chinese() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
