package org.globalhub.batch.questionnaireimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an Excel (.xlsx) file as a stream of rows: row 1 names the columns.
 * Cells are read as the text they hold; a cell with a formula is given as {@code =} and its
 * formula, never its result, so that the row check refuses it instead of importing what a formula
 * computed.
 */
final class XlsxSheet {

    private XlsxSheet() {}

    static List<QuestionnaireFile.Row> read(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new QuestionnaireFile.UnreadableFileException("import.file.empty");
            }
            SheetHandler handler = new SheetHandler(strings);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            return handler.rows;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new QuestionnaireFile.UnreadableFileException(
                    isZip(file) ? "import.file.brokenXlsx" : "import.file.notXlsx");
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException e) {
            if (e instanceof QuestionnaireFile.UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new QuestionnaireFile.UnreadableFileException("import.file.brokenXlsx");
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
     * SAX over sheet1.xml: {@code <row><c r="B2"
     * t="s"><f>…</f><v>…</v><is><t>…</t></is></c></row>}.
     */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final List<QuestionnaireFile.Row> rows = new ArrayList<>();
        private final Map<Integer, String> header = new TreeMap<>();
        private Map<Integer, String> cells;
        private long rowNumber;
        private int column;
        private String type;
        private String formula;
        private StringBuilder text;

        SheetHandler(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(
                String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells = new TreeMap<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                }
                case "c" -> {
                    column = new CellReference(attributes.getValue("r")).getCol();
                    type = attributes.getValue("t");
                    formula = null;
                    text = new StringBuilder();
                }
                case "f" -> formula = "";
                case "v", "t" -> text = text == null ? new StringBuilder() : text;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "f" -> {
                    formula = text.toString();
                    text = new StringBuilder();
                }
                case "c" -> {
                    cells.put(column, value());
                    text = null;
                }
                case "row" -> endRow();
                default -> {}
            }
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

        private void endRow() {
            if (header.isEmpty()) {
                cells.forEach((index, name) -> header.put(index, name.strip()));
                return;
            }
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            Map<String, String> byName = new LinkedHashMap<>();
            header.forEach((index, name) -> byName.put(name, cells.get(index)));
            cells.keySet().stream()
                    .filter(i -> !header.containsKey(i))
                    .forEach(i -> byName.put(CellReference.convertNumToColString(i), cells.get(i)));
            rows.add(new QuestionnaireFile.Row(rowNumber, byName));
        }
    }
}
