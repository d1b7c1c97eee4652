package org.globalhub.batch.questionnaireimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads the first sheet of an Excel (.xlsx) file as a stream of rows, one in memory at a time (the
 * shared strings table is read whole): row 1 names the columns. Cells are read as the text they
 * hold; a cell with a formula is given as {@code =} and its formula, never its result, so that the
 * row check refuses it instead of importing what a formula computed.
 */
final class XlsxSheet {

    private XlsxSheet() {}

    /** The first sheet's rows, read from the workbook as they are asked for. */
    static QuestionnaireFile.Rows open(Path file) {
        OPCPackage pkg = null;
        try {
            // A 50 MB workbook may not unpack into more than 200 MB a part (POI's default is 4 GB):
            // the shared strings table is read whole.
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new QuestionnaireFile.UnreadableFileException("import.file.empty");
            }
            InputStream sheet = sheets.next();
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            return new SheetRows(pkg, sheet, xml, strings);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            close(pkg);
            throw new QuestionnaireFile.UnreadableFileException(
                    isZip(file) ? "import.file.brokenXlsx" : "import.file.notXlsx");
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | XMLStreamException
                | RuntimeException e) {
            close(pkg);
            if (e instanceof QuestionnaireFile.UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new QuestionnaireFile.UnreadableFileException("import.file.brokenXlsx");
        }
    }

    private static void close(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert(); // read-only: close without saving
        }
    }

    /**
     * An .xlsx file is a zip archive: one that starts like a zip but cannot be opened was damaged
     * or cut off.
     */
    private static boolean isZip(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4
                    && start[0] == 'P'
                    && start[1] == 'K'
                    && start[2] == 3
                    && start[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Pulls rows from sheet1.xml: {@code <row><c r="B2"
     * t="s"><f>…</f><v>…</v><is><t>…</t></is></c></row>}. Row 1 names the columns; blank rows are
     * left out.
     */
    private static final class SheetRows implements QuestionnaireFile.Rows {

        private final OPCPackage pkg;
        private final InputStream sheet;
        private final XMLStreamReader xml;
        private final ReadOnlySharedStringsTable strings;
        private final Map<Integer, String> header = new TreeMap<>();
        private Map<Integer, String> cells;
        private long rowNumber;
        private int column;
        private String type;
        private String formula;
        private StringBuilder text;
        private QuestionnaireFile.Row ahead;
        private boolean ended;

        SheetRows(
                OPCPackage pkg,
                InputStream sheet,
                XMLStreamReader xml,
                ReadOnlySharedStringsTable strings) {
            this.pkg = pkg;
            this.sheet = sheet;
            this.xml = xml;
            this.strings = strings;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null && !ended) {
                try {
                    ahead = pull();
                } catch (XMLStreamException | RuntimeException e) {
                    if (e instanceof QuestionnaireFile.UnreadableFileException unreadable) {
                        throw unreadable;
                    }
                    throw new QuestionnaireFile.UnreadableFileException("import.file.brokenXlsx");
                }
                ended = ahead == null;
            }
            return ahead != null;
        }

        @Override
        public QuestionnaireFile.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            QuestionnaireFile.Row row = ahead;
            ahead = null;
            return row;
        }

        /** The next data row, or null at the end of the sheet. */
        private QuestionnaireFile.Row pull() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text != null) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        QuestionnaireFile.Row row = end(xml.getLocalName());
                        if (row != null) {
                            return row;
                        }
                    }
                    default -> {}
                }
            }
            return null;
        }

        private void start(String element) {
            switch (element) {
                case "row" -> {
                    cells = new TreeMap<>();
                    column = -1;
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                }
                case "c" -> {
                    String reference = xml.getAttributeValue(null, "r");
                    // "r" is optional: without it, a cell is the one after the last
                    column = reference == null ? column + 1 : new CellReference(reference).getCol();
                    type = xml.getAttributeValue(null, "t");
                    formula = null;
                    text = new StringBuilder();
                }
                case "f" -> formula = "";
                case "v", "t" -> text = text == null ? new StringBuilder() : text;
                default -> {}
            }
        }

        private QuestionnaireFile.Row end(String element) {
            switch (element) {
                case "f" -> {
                    formula = text.toString();
                    text = new StringBuilder();
                }
                case "c" -> {
                    cells.put(column, value());
                    text = null;
                }
                case "row" -> {
                    return endRow();
                }
                default -> {}
            }
            return null;
        }

        private String value() {
            if (formula != null) {
                return "=" + formula;
            }
            String raw = text.toString();
            if ("s".equals(type)) {
                return raw.isBlank()
                        ? ""
                        : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            }
            if (raw.endsWith(".0") && raw.matches("-?\\d+\\.0")) {
                return raw.substring(
                        0, raw.length() - 2); // a whole number typed into a number cell
            }
            return raw;
        }

        private QuestionnaireFile.Row endRow() {
            if (header.isEmpty()) {
                cells.forEach((index, name) -> header.put(index, name.strip()));
                return null;
            }
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return null;
            }
            Map<String, String> byName = new LinkedHashMap<>();
            header.forEach((index, name) -> byName.put(name, cells.get(index)));
            cells.keySet().stream()
                    .filter(i -> !header.containsKey(i))
                    .forEach(i -> byName.put(CellReference.convertNumToColString(i), cells.get(i)));
            return new QuestionnaireFile.Row(rowNumber, byName);
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the sheet is being given up anyway
            }
            QuestionnaireFile.closeQuietly(sheet);
            XlsxSheet.close(pkg);
        }
    }
}
