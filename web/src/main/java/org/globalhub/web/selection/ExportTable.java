package org.globalhub.web.selection;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globalhub.platform.SafeCells;

/**
 * A table the agent takes away (a shortlist, a comparison) as CSV, Excel or PDF. Every cell is
 * text: CSV and Excel cells never hold a live formula. PDF carries its own fonts, whatever the
 * server has installed: each run of text is set in the first of {@link PdfFonts} that has its
 * characters (Latin and Cyrillic, then Arabic, then Chinese), right to left for Arabic.
 */
public record ExportTable(
        String title, List<String> headers, List<List<String>> rows, boolean rightToLeft) {

    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF").append(SafeCells.csvLine(headers));
        rows.forEach(row -> out.append(SafeCells.csvLine(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet =
                    workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            sheet.setRightToLeft(rightToLeft);
            write(sheet.createRow(0), headers);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** String cells only: a cell set from a String is never a formula, whatever its text. */
    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
        }
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document =
                new Document(
                        headers.size() > 4 ? PageSize.A4.rotate() : PageSize.A4, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            FontSelector text = PdfFonts.selector(9, Font.NORMAL);
            FontSelector bold = PdfFonts.selector(10, Font.BOLD);
            // The title in a borderless one-cell table: only table cells get OpenPDF's bidi
            // processing, which joins Arabic letters (a Paragraph would print them apart).
            PdfPTable heading = new PdfPTable(1);
            heading.setWidthPercentage(100);
            PdfPCell titleCell = cell(title, PdfFonts.selector(14, Font.NORMAL));
            titleCell.setBorder(PdfPCell.NO_BORDER);
            heading.addCell(titleCell);
            document.add(heading);
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            headers.forEach(h -> table.addCell(cell(h, bold)));
            rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, text))));
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private PdfPCell cell(String text, FontSelector fonts) {
        PdfPCell cell = new PdfPCell(fonts.process(text == null ? "" : text));
        cell.setPadding(4);
        // Always a run direction: without one OpenPDF leaves Arabic unshaped (letters apart and
        // reversed), also in a left-to-right table that holds an Arabic tool name.
        cell.setRunDirection(
                rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        if (rightToLeft) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
