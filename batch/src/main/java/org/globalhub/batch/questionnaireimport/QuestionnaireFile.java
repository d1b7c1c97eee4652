package org.globalhub.batch.questionnaireimport;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a questionnaire file as a stream of rows of cells (column → text), one row in memory at a
 * time. The import reads every file twice: {@link #check} goes through the whole file first, so
 * that a file that cannot be read fails the run with a translated reason and changes nothing; then
 * {@link #open} hands the rows on. CSV: UTF-8 with or without BOM, comma or semicolon (taken from
 * the header line), quoted multi-line fields. JSON: an array of objects with the same keys; a list
 * value becomes {@code a|b}. Excel: the first sheet of an .xlsx file.
 */
public final class QuestionnaireFile {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** One data row: its number in the file (the header is row 1) and its cells. */
    public record Row(long number, Map<String, String> cells) implements java.io.Serializable {}

    /**
     * A file's rows, read as they are asked for. {@link #hasNext} and {@link #next} throw {@link
     * UnreadableFileException} where the file breaks.
     */
    public interface Rows extends Iterator<Row>, Closeable {
        @Override
        void close();
    }

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

    /**
     * Reads the whole file once, holding one row at a time, and returns how many data rows it has;
     * throws {@link UnreadableFileException} if any part of it cannot be read.
     */
    public static long check(Path file) {
        long count = 0;
        try (Rows rows = open(file)) {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        return count;
    }

    /** All rows in a list: for tests and small files only (the import streams). */
    public static List<Row> read(Path file) {
        List<Row> all = new ArrayList<>();
        try (Rows rows = open(file)) {
            rows.forEachRemaining(all::add);
        }
        return all;
    }

    /** The file's rows, in order; the caller closes them. */
    public static Rows open(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFileException("import.tooBig");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XlsxSheet.open(file);
            }
            if (name.endsWith(".json")) {
                return json(file);
            }
            if (name.endsWith(".csv")) {
                return csv(file);
            }
            throw new UnreadableFileException("import.format");
        } catch (IOException e) {
            throw unreadable(e, "import.file.unreadable", null);
        }
    }

    /**
     * The file as strict UTF-8 text, after a check that it is text at all: no text file holds a NUL
     * byte.
     */
    private static Reader text(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableFileException("import.file.binary");
            }
        }
        InputStream in = Files.newInputStream(file);
        if (head.length >= 3
                && (head[0] & 0xff) == 0xEF
                && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF) {
            in.skipNBytes(3);
        }
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                65536);
    }

    /**
     * What went wrong while reading, as the person's reason: text that is not UTF-8 says so
     * wherever it is found.
     */
    private static UnreadableFileException unreadable(
            Throwable e, String otherwise, String argument) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableFileException unreadable) {
                return unreadable;
            }
            if (t instanceof CharacterCodingException) {
                return new UnreadableFileException("import.file.encoding");
            }
        }
        return new UnreadableFileException(otherwise, argument);
    }

    private static Rows csv(Path file) throws IOException {
        String header;
        try (BufferedReader lines = new BufferedReader(text(file))) {
            do {
                header = lines.readLine();
            } while (header != null && header.isBlank());
        }
        if (header == null) {
            throw new UnreadableFileException("import.file.empty");
        }
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
        CSVParser parser;
        Reader reader = text(file);
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException
                | IllegalArgumentException
                | IllegalStateException
                | UncheckedIOException e) {
            closeQuietly(reader);
            throw unreadable(e, "import.file.brokenCsv", lineOf(e.getMessage()));
        }
        Iterator<CSVRecord> records = parser.iterator();
        List<String> columns = parser.getHeaderNames();
        return new Rows() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (IllegalArgumentException
                        | IllegalStateException
                        | UncheckedIOException e) {
                    throw unreadable(e, "import.file.brokenCsv", lineOf(e.getMessage()));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : columns) {
                    String value = record.isSet(column) ? record.get(column) : null;
                    if (value != null && value.indexOf('\0') >= 0) {
                        throw new UnreadableFileException("import.file.binary");
                    }
                    cells.put(column.strip(), value);
                }
                return new Row(record.getRecordNumber() + 1, cells);
            }

            @Override
            public void close() {
                closeQuietly(parser);
            }
        };
    }

    private static Rows json(Path file) throws IOException {
        Reader reader = text(file);
        JsonParser parser;
        try {
            parser = Json.createParser(reader);
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new UnreadableFileException("import.file.brokenJson");
            }
        } catch (JsonException e) {
            closeQuietly(reader);
            throw unreadable(e, "import.file.brokenJson", null);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
        return new Rows() {
            private int index;
            private JsonObject ahead;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (ahead != null) {
                    return true;
                }
                if (ended) {
                    return false;
                }
                try {
                    JsonParser.Event event = parser.next();
                    if (event == JsonParser.Event.END_ARRAY) {
                        ended = true;
                        if (parser.hasNext()) { // anything after the array
                            throw new UnreadableFileException("import.file.brokenJson");
                        }
                        return false;
                    }
                    index++;
                    if (event != JsonParser.Event.START_OBJECT) {
                        throw new UnreadableFileException(
                                "import.file.jsonItem", String.valueOf(index));
                    }
                    ahead = parser.getObject();
                    return true;
                } catch (JsonException | NoSuchElementException | IllegalStateException e) {
                    throw unreadable(e, "import.file.brokenJson", null);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, String> cells = new LinkedHashMap<>();
                ahead.forEach((key, value) -> cells.put(key, cell(value)));
                ahead = null;
                return new Row(index, cells);
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (JsonException e) {
                    // closing a broken file: nothing more to report
                }
            }
        };
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // already reading something else's failure, or done
        }
    }

    /**
     * Commons CSV names the line where parsing broke ("... line 12 ..."): the person needs that
     * number.
     */
    private static String lineOf(String message) {
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("line (\\d[\\d,.\u00a0]*)")
                        .matcher(message == null ? "" : message);
        // Past line 999 the number comes with grouping ("line 20,002").
        return line.find() ? line.group(1).replaceAll("\\D", "") : "?";
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
