package org.globalhub.batch.questionnaireimport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a questionnaire file into rows of cells (column → text), the whole file before any row is
 * imported: a file that cannot be read fails the run with a translated reason and changes nothing.
 * CSV: UTF-8 with or without BOM, comma or semicolon (taken from the header line), quoted
 * multi-line fields. JSON: an array of objects with the same keys; a list value becomes {@code
 * a|b}. Excel: the first sheet of an .xlsx file.
 */
public final class QuestionnaireFile {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** One data row: its number in the file (the header is row 1) and its cells. */
    public record Row(long number, Map<String, String> cells) implements java.io.Serializable {}

    /**
     * The file cannot be read at all; nothing was imported. The message is a message key
     * (import.file.*).
     */
    public static class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String argument;

        public UnreadableFileException(String messageKey) {
            this(messageKey, null);
        }

        public UnreadableFileException(String messageKey, String argument) {
            super(messageKey);
            this.argument = argument;
        }

        public String messageKey() {
            return getMessage();
        }

        public String argument() {
            return argument;
        }
    }

    private QuestionnaireFile() {}

    public static List<Row> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFileException("import.tooBig");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XlsxSheet.read(file);
            }
            String text = decode(Files.readAllBytes(file));
            if (name.endsWith(".json")) {
                return json(text);
            }
            if (name.endsWith(".csv")) {
                return csv(text);
            }
            throw new UnreadableFileException("import.format");
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.unreadable");
        }
    }

    private static String decode(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(
                        "import.file.binary"); // no text file holds a NUL byte
            }
        }
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xff) == 0xEF
                                && (bytes[1] & 0xff) == 0xBB
                                && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                            .toString();
            if (text.indexOf('\0') >= 0) {
                throw new UnreadableFileException("import.file.binary");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("import.file.encoding");
        }
    }

    private static List<Row> csv(String text) throws IOException {
        if (text.isBlank()) {
            throw new UnreadableFileException("import.file.empty");
        }
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow();
        char delimiter =
                header.chars().filter(c -> c == ';').count()
                                > header.chars().filter(c -> c == ',').count()
                        ? ';'
                        : ',';
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    cells.put(column.strip(), record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new Row(record.getRecordNumber() + 1, cells));
            }
        } catch (IllegalArgumentException
                | IllegalStateException
                | java.io.UncheckedIOException e) {
            throw new UnreadableFileException("import.file.brokenCsv", lineOf(e.getMessage()));
        }
        return rows;
    }

    private static List<Row> json(String text) {
        try {
            JsonArray array = Json.createReader(new StringReader(text)).readArray();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new UnreadableFileException(
                            "import.file.jsonItem", String.valueOf(i + 1));
                }
                JsonObject object = array.getJsonObject(i);
                Map<String, String> cells = new LinkedHashMap<>();
                object.forEach((key, value) -> cells.put(key, cell(value)));
                rows.add(new Row(i + 1, cells));
            }
            return rows;
        } catch (JsonException | ClassCastException e) {
            throw new UnreadableFileException("import.file.brokenJson");
        }
    }

    /**
     * Commons CSV names the line where parsing broke ("... line 12 ..."): the person needs that
     * number.
     */
    private static String lineOf(String message) {
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("line (\\d+)")
                        .matcher(message == null ? "" : message);
        return line.find() ? line.group(1) : "?";
    }

    private static String cell(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case ARRAY ->
                    value.asJsonArray().stream()
                            .map(QuestionnaireFile::cell)
                            .collect(Collectors.joining("|"));
            case NULL -> null;
            default -> value.toString();
        };
    }
}
