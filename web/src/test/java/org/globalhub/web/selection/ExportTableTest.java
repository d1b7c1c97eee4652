package org.globalhub.web.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportTableTest {

    private final ExportTable table =
            new ExportTable(
                    "Shortlist",
                    List.of("Tool", "Why"),
                    List.of(
                            List.of(
                                    "=HYPERLINK(\"http://evil.example\",\"click\")",
                                    "analyses Arabic: العربية"),
                            List.of("+1 555", "@mention")),
                    false);

    @Test
    void csvCellsNeverStartAFormula() {
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Tool\",\"Why\"\r\n"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), csv);
        assertTrue(csv.contains("\"'+1 555\",\"'@mention\""));
    }

    @Test
    void excelCellsAreTextNotFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertTrue(cell.getStringCellValue().startsWith("=HYPERLINK"));
        }
    }

    @Test
    void pdfIsWrittenAlsoRightToLeft() {
        byte[] pdf = new ExportTable("قائمتك", table.headers(), table.rows(), true).pdf();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertTrue(pdf.length > 500);
    }

    @Test
    void pdfCarriesFontsForEveryLanguageOfTheHub() throws IOException {
        List<String> samples =
                List.of(
                        "Triage of seized media, 12 %",
                        "Tri des médias saisis, « équité »",
                        "Clasificación de imágenes ¿sesgo?",
                        "Сортировка изъятых материалов",
                        "فرز الوسائط المضبوطة ١٢٣",
                        "查获媒体的分类与年龄估计");
        samples.forEach(text -> assertTrue(PdfFonts.covers(text), "no glyph for some of: " + text));
        byte[] pdf =
                new ExportTable(
                                "Shortlist",
                                List.of("Language", "Why"),
                                samples.stream().map(text -> List.of(text, text)).toList(),
                                false)
                        .pdf();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var fonts =
                reader.getPageN(1)
                        .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
                        .getAsDict(com.lowagie.text.pdf.PdfName.FONT);
        StringBuilder names = new StringBuilder();
        for (var key : fonts.getKeys()) {
            names.append(fonts.getAsDict(key).get(com.lowagie.text.pdf.PdfName.BASEFONT))
                    .append(' ');
        }
        String used = names.toString();
        assertTrue(
                used.contains("LiberationSans")
                        && used.contains("DejaVuSans")
                        && used.contains("STSong-Light"),
                "Latin and Cyrillic, Arabic and Chinese each in a font of the Hub's: " + used);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Сортировка"), "Cyrillic is real text in the PDF: " + text);
        assertTrue(
                text.chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF),
                "Arabic is shaped (joined letter forms) also in a left-to-right table: " + text);
    }
}
