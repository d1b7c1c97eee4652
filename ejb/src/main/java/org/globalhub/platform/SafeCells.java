package org.globalhub.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells for files people open in a spreadsheet (CSV exports and reports): quoted, and a text that a
 * spreadsheet would run as a formula (leading = + - @, tab, carriage return) is made plain text
 * with a leading apostrophe. No file the Hub writes carries a live formula.
 */
public final class SafeCells {

    private SafeCells() {}

    public static String csvCell(String value) {
        return "\"" + plain(value).replace("\"", "\"\"") + "\"";
    }

    /** The text as a spreadsheet must show it: a formula-like start gets an apostrophe. */
    public static String plain(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One CSV line (CRLF-terminated) of safe cells. */
    public static String csvLine(List<String> cells) {
        return cells.stream().map(SafeCells::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }
}
