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
                        () -> QuestionnaireFile.check(path))
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
    void theFirstPassFindsABreakAtTheEndOfALongFileBeforeAnyRowIsHandedOn() throws IOException {
        StringBuilder csv = new StringBuilder("tool_key,summary\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append('k').append(i).append(",Summary ").append(i).append('\n');
        }
        Path good = file("long.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(20_000, QuestionnaireFile.check(good));
        Path cut = file("long-cut.csv", (csv + "k0,\"open").getBytes(StandardCharsets.UTF_8));
        QuestionnaireFile.UnreadableFileException e =
                assertThrows(
                        QuestionnaireFile.UnreadableFileException.class,
                        () -> QuestionnaireFile.check(cut));
        assertEquals("import.file.brokenCsv", e.messageKey());
        assertEquals("20002", e.argument());
        byte[] latin = (csv + "k0,Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1); // past 8 KB
        assertEquals("import.file.encoding", refusal("late-latin.csv", latin));
    }

    @Test
    void rowsAreHandedOnOneAtATimeAndCanBeResumedByCount() throws IOException {
        Path json =
                file(
                        "three.json",
                        "[{\"tool_key\":\"a\"},{\"tool_key\":\"b\",\"purposes\":[\"X\",\"Y\"]},{\"tool_key\":\"c\"}]"
                                .getBytes(StandardCharsets.UTF_8));
        try (QuestionnaireFile.Rows rows = QuestionnaireFile.open(json)) {
            rows.next(); // a checkpoint said one row was already handed on
            QuestionnaireFile.Row second = rows.next();
            assertEquals(2, second.number());
            assertEquals("X|Y", second.cells().get("purposes"));
            assertEquals("c", rows.next().cells().get("tool_key"));
            assertEquals(false, rows.hasNext());
        }
        assertEquals(
                "import.file.brokenJson",
                refusal("trailing.json", "[{\"a\":\"b\"}] x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "import.file.encoding",
                refusal(
                        "latin.json",
                        "[{\"a\":\"Caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1)));
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
