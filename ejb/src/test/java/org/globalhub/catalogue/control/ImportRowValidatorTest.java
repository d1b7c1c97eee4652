package org.globalhub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowValidatorTest {

    private final ImportRowValidator validator = new ImportRowValidator(List.of());

    private static Map<String, String> row() {
        Map<String, String> cells = new HashMap<>();
        cells.put("tool_key", "acme-triage");
        cells.put("tool_name", "Acme Triage");
        cells.put("summary", "Sorts seized media.");
        cells.put("provider_name", "Acme Labs");
        cells.put("provider_type", "COMPANY");
        cells.put("provider_country", "FR");
        cells.put("provider_region", "WESTERN_EUROPE_OTHERS");
        cells.put("provider_website", "https://acme.example");
        cells.put("purposes", "MEDIA_TRIAGE");
        return cells;
    }

    private List<String> problems(String column, String value) {
        Map<String, String> cells = row();
        cells.put(column, value);
        return assertThrows(ImportRowException.class, () -> validator.validate(2, cells))
                .problems()
                .stream()
                .filter(p -> p.field().equals(column))
                .map(ImportProblemDetail::messageKey)
                .toList();
    }

    @Test
    void namesKeysAndLinksThatStartLikeASpreadsheetFormulaAreRefused() throws Exception {
        validator.validate(2, row());
        for (String column :
                List.of("tool_key", "tool_name", "provider_name", "provider_website")) {
            for (String start : List.of("+", "-", "@", "\t")) {
                assertEquals(
                        List.of("import.formulaStart"),
                        problems(column, start + "SUM(A1:A9)").subList(0, 1),
                        column + " " + start);
            }
            assertEquals("import.formula", problems(column, "=HYPERLINK(\"x\")").get(0), column);
        }
    }

    @Test
    void freeTextMayStartWithADashButNeverWithAFormula() throws Exception {
        Map<String, String> cells = row();
        cells.put("summary", "- sorts seized media by risk");
        assertEquals("- sorts seized media by risk", validator.validate(2, cells).summary());
        assertEquals(List.of("import.formula"), problems("summary", "=1+1"));
    }
}
