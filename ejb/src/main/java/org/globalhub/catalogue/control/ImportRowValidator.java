package org.globalhub.catalogue.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;

/**
 * Checks one row of a questionnaire file against the import schema (see {@link #COLUMNS} and the
 * question ids) and turns it into an {@link ImportRow}, or reports every problem of the row at
 * once. Lists inside a cell are separated by {@code |}. A cell holding a formula (a leading {@code
 * =}) is refused: formulas from outside are how spreadsheet injection starts, and a formula's
 * result is not what the provider typed. Names, keys and links, which the Hub shows and exports
 * everywhere, may not even start like one ({@code = + - @}, tab or carriage return, the OWASP
 * CSV-injection list); free text may, and every export neutralises it.
 */
public final class ImportRowValidator {

    /** The fixed columns; then one optional column per question id. */
    public static final List<String> COLUMNS =
            List.of(
                    "tool_key",
                    "tool_name",
                    "summary",
                    "provider_name",
                    "provider_type",
                    "provider_country",
                    "provider_region",
                    "provider_website",
                    "purposes",
                    "technologies",
                    "phases",
                    "interface_languages",
                    "analysed_languages");

    /** Columns that hold a name, a key or a link. */
    static final Set<String> NAMES_KEYS_LINKS =
            Set.of("tool_key", "tool_name", "provider_name", "provider_website");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Map<String, Question> questions = new LinkedHashMap<>();

    public ImportRowValidator(List<Question> questions) {
        questions.forEach(q -> this.questions.put(q.getId(), q));
    }

    public List<String> allColumns() {
        List<String> all = new ArrayList<>(COLUMNS);
        all.addAll(questions.keySet());
        return all;
    }

    public ImportRow validate(long line, Map<String, String> cells) throws ImportRowException {
        List<ImportProblemDetail> problems = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            if (!COLUMNS.contains(column) && !questions.containsKey(column)) {
                problems.add(new ImportProblemDetail(column, null, "import.unknownColumn", column));
            } else if (cell.getValue() != null && cell.getValue().strip().startsWith("=")) {
                problems.add(
                        new ImportProblemDetail(column, cell.getValue(), "import.formula", null));
            } else if (NAMES_KEYS_LINKS.contains(column) && startsLikeAFormula(cell.getValue())) {
                problems.add(
                        new ImportProblemDetail(
                                column, cell.getValue(), "import.formulaStart", null));
            }
        }
        String toolKey = text(cells, "tool_key", true, 100, problems);
        if (toolKey != null && !toolKey.matches("[A-Za-z0-9._-]+")) {
            problems.add(new ImportProblemDetail("tool_key", toolKey, "import.key", null));
        }
        String toolName = text(cells, "tool_name", true, 200, problems);
        String summary = text(cells, "summary", true, 1000, problems);
        String providerName = text(cells, "provider_name", true, 200, problems);
        ProviderType type = one(cells, "provider_type", ProviderType.class, true, problems);
        String country =
                code(
                        cells,
                        "provider_country",
                        Set.of(Locale.getISOCountries()),
                        true,
                        problems,
                        true);
        UnRegion region = one(cells, "provider_region", UnRegion.class, true, problems);
        String website = text(cells, "provider_website", false, 500, problems);
        if (website != null && !Texts.isWebAddress(website)) {
            problems.add(new ImportProblemDetail("provider_website", website, "import.url", null));
        }
        Set<Purpose> purposes = many(cells, "purposes", Purpose.class, true, problems);
        Set<Technology> technologies =
                many(cells, "technologies", Technology.class, false, problems);
        Set<InvestigationPhase> phases =
                many(cells, "phases", InvestigationPhase.class, false, problems);
        Set<String> interfaceLanguages = languages(cells, "interface_languages", problems);
        Set<String> analysedLanguages = languages(cells, "analysed_languages", problems);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions.values()) {
            String raw = cells.get(question.getId());
            if (raw != null && !raw.isBlank()) {
                try {
                    answers.put(question.getId(), question.normalise(raw.replace('|', ',')));
                } catch (InvalidInputException e) {
                    problems.add(
                            new ImportProblemDetail(question.getId(), raw, "import.answer", null));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRowException(line, problems);
        }
        return new ImportRow(
                line,
                toolKey,
                toolName,
                summary,
                providerName,
                type,
                country,
                region,
                website,
                purposes,
                technologies,
                phases,
                interfaceLanguages,
                analysedLanguages,
                answers);
    }

    static boolean startsLikeAFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    private static String text(
            Map<String, String> cells,
            String column,
            boolean required,
            int max,
            List<ImportProblemDetail> problems) {
        String value = cells.get(column) == null ? "" : cells.get(column).strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(new ImportProblemDetail(column, null, "import.required", null));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(
                    new ImportProblemDetail(column, value, "import.tooLong", String.valueOf(max)));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E one(
            Map<String, String> cells,
            String column,
            Class<E> type,
            boolean required,
            List<ImportProblemDetail> problems) {
        Set<E> values = many(cells, column, type, required, problems);
        if (values.size() > 1) {
            problems.add(
                    new ImportProblemDetail(column, cells.get(column), "import.oneValue", null));
        }
        return values.isEmpty() ? null : values.iterator().next();
    }

    private static <E extends Enum<E>> Set<E> many(
            Map<String, String> cells,
            String column,
            Class<E> type,
            boolean required,
            List<ImportProblemDetail> problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : parts(cells.get(column))) {
            try {
                values.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(
                        new ImportProblemDetail(
                                column, part, "import.value", String.join(", ", names(type))));
            }
        }
        if (required && values.isEmpty() && parts(cells.get(column)).isEmpty()) {
            problems.add(new ImportProblemDetail(column, null, "import.required", null));
        }
        return values;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).toList();
    }

    private static Set<String> languages(
            Map<String, String> cells, String column, List<ImportProblemDetail> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : parts(cells.get(column))) {
            String code = codeOf(part, Set.of(Locale.getISOLanguages()), false);
            if (code == null) {
                problems.add(new ImportProblemDetail(column, part, "import.language", null));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String code(
            Map<String, String> cells,
            String column,
            Set<String> allowed,
            boolean required,
            List<ImportProblemDetail> problems,
            boolean upper) {
        String raw = cells.get(column) == null ? "" : cells.get(column).strip();
        if (raw.isEmpty()) {
            if (required) {
                problems.add(new ImportProblemDetail(column, null, "import.required", null));
            }
            return null;
        }
        String code = codeOf(raw, allowed, upper);
        if (code == null) {
            problems.add(new ImportProblemDetail(column, raw, "import.country", null));
        }
        return code;
    }

    private static String codeOf(String raw, Set<String> allowed, boolean upper) {
        Function<String, String> normal =
                upper ? s -> s.toUpperCase(Locale.ROOT) : s -> s.toLowerCase(Locale.ROOT);
        String code = normal.apply(raw.strip());
        return allowed.contains(code) ? code : null;
    }

    private static List<String> parts(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
