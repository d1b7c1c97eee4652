package org.globalhub.web.selection;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globalhub.platform.SafeCells;

/**
 * A table the agent takes away (a shortlist, a comparison) as CSV, Excel or PDF. Every cell is
 * text: CSV and Excel cells never hold a live formula; PDF uses a Unicode font when the server has
 * one (DejaVu Sans), so that Cyrillic and Arabic print, right to left for Arabic.
 */
public record ExportTable(
        String title, List<String> headers, List<List<String>> rows, boolean rightToLeft) {

    private static final List<Path> FONTS =
            List.of(
                    Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
                    Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

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
            Font font = font(9);
            Font bold = font(10);
            bold.setStyle(Font.BOLD);
            document.add(new Paragraph(title, font(14)));
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            headers.forEach(h -> table.addCell(cell(h, bold)));
            rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, font))));
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        if (rightToLeft) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static Font font(float size) {
        for (Path path : FONTS) {
            if (Files.isReadable(path)) {
                try {
                    return new Font(
                            BaseFont.createFont(
                                    path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            size);
                } catch (DocumentException | IOException e) {
                    break; // fall back to the built-in font
                }
            }
        }
        return new Font(Font.HELVETICA, size);
    }
}
