package org.globalhub.batch.questionnaireimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globalhub.platform.SafeCells;

/**
 * The files providers fill in: every column of the import schema and one example row, as CSV, JSON
 * or Excel. Every cell is written as text, so a spreadsheet never runs anything in them.
 */
public final class QuestionnaireTemplate {

    private QuestionnaireTemplate() {}

    public static byte[] csv(List<String> columns) {
        return ("\uFEFF"
                        + SafeCells.csvLine(columns)
                        + SafeCells.csvLine(
                                columns.stream().map(QuestionnaireTemplate::example).toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] json(List<String> columns) {
        String body =
                columns.stream()
                        .map(c -> "    \"" + c + "\": \"" + example(c) + "\"")
                        .collect(Collectors.joining(",\n"));
        return ("[\n  {\n" + body + "\n  }\n]\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<String> columns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("questionnaires");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                example.createCell(i).setCellValue(example(columns.get(i)));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String example(String column) {
        return switch (column) {
            case "tool_key" -> "triage-2";
            case "tool_name" -> "Example Triage";
            case "summary" ->
                    "Sorts seized pictures so that investigators see the relevant ones first.";
            case "provider_name" -> "Example Lab";
            case "provider_type" -> "ACADEMIA";
            case "provider_country" -> "KE";
            case "provider_region" -> "AFRICA";
            case "provider_website" -> "https://lab.example.org";
            case "purposes" -> "MEDIA_TRIAGE|HASH_MATCHING";
            case "technologies" -> "IMAGE|VIDEO";
            case "phases" -> "INVESTIGATION";
            case "interface_languages" -> "en|fr";
            default -> "";
        };
    }
}
