package org.globalhub.batch.questionnaireimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireFileTest {

    @TempDir Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private String refusal(String name, byte[] content) throws IOException {
        Path path = file(name, content);
        return assertThrows(
                        QuestionnaireFile.UnreadableFileException.class,
                        () -> QuestionnaireFile.read(path))
                .messageKey();
    }

    @Test
    void theExcelTemplateReadsBackAsItsColumnsAndExampleRow() throws IOException {
        List<String> columns = List.of("tool_key", "tool_name", "provider_country");
        List<QuestionnaireFile.Row> rows =
                QuestionnaireFile.read(file("template.xlsx", QuestionnaireTemplate.xlsx(columns)));
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).number());
        assertEquals(columns, List.copyOf(rows.get(0).cells().keySet()));
        assertEquals("Example Triage", rows.get(0).cells().get("tool_name"));
    }

    @Test
    void theCsvTemplateReadsBackWithItsByteOrderMark() throws IOException {
        List<QuestionnaireFile.Row> rows =
                QuestionnaireFile.read(
                        file(
                                "template.csv",
                                QuestionnaireTemplate.csv(List.of("tool_key", "purposes"))));
        assertEquals("MEDIA_TRIAGE|HASH_MATCHING", rows.get(0).cells().get("purposes"));
        assertEquals("triage-2", rows.get(0).cells().get("tool_key"));
    }

    @Test
    void eachKindOfBrokenFileHasItsOwnReason() throws IOException {
        byte[] csv = "tool_key,summary\nt1,\"never closed\nt2,x\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("import.file.brokenCsv", refusal("cut.csv", csv));
        assertEquals(
                "import.file.encoding",
                refusal(
                        "latin.csv",
                        "tool_key\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(
                "import.file.binary",
                refusal("image.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        assertEquals(
                "import.file.empty",
                refusal("blank.csv", " \n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "import.file.brokenJson",
                refusal("cut.json", "[{\"a\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "import.file.jsonItem",
                refusal("numbers.json", "[1]".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.notXlsx", refusal("text.xlsx", csv));
        byte[] workbook = QuestionnaireTemplate.xlsx(List.of("tool_key"));
        assertEquals(
                "import.file.brokenXlsx",
                refusal("cut.xlsx", Arrays.copyOf(workbook, workbook.length / 2)));
    }

    @Test
    void theLineWhereACsvFileBreaksIsNamed() throws IOException {
        Path path =
                file(
                        "cut.csv",
                        "tool_key,summary\nt1,ok\nt2,ok\nt3,\"open"
                                .getBytes(StandardCharsets.UTF_8));
        QuestionnaireFile.UnreadableFileException e =
                assertThrows(
                        QuestionnaireFile.UnreadableFileException.class,
                        () -> QuestionnaireFile.read(path));
        assertEquals("import.file.brokenCsv", e.messageKey());
        assertEquals("4", e.argument());
    }
}
