package org.globalhub.web.selection;

import org.globalhub.web.shell.Downloads;

/** Sends an export in the format asked for: csv, xlsx or pdf (anything else: csv). */
final class SelectionDownloads {

    private SelectionDownloads() {}

    static void send(String baseName, String format, ExportTable table) {
        switch (format == null ? "" : format) {
            case "xlsx" ->
                    Downloads.send(
                            baseName + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            table.xlsx());
            case "pdf" -> Downloads.send(baseName + ".pdf", "application/pdf", table.pdf());
            default -> Downloads.send(baseName + ".csv", "text/csv; charset=UTF-8", table.csv());
        }
    }
}
