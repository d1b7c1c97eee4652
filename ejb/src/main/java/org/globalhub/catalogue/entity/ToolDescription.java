package org.globalhub.catalogue.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;

/**
 * What a tool is, apart from its questionnaire answers: name, summary, labels and languages. One
 * validation for every way in (import, curators' editor, providers' portal): the constructor checks
 * and normalises, so a description that exists is valid.
 */
public record ToolDescription(
        String name,
        String summary,
        Set<Purpose> purposes,
        Set<Technology> technologies,
        Set<InvestigationPhase> phases,
        Set<String> interfaceLanguages,
        Set<String> analysedLanguages) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SUMMARY = 1000;

    public ToolDescription {
        name = Texts.noFormulaStart(Texts.clean(name, "tool.name", true, MAX_NAME), "tool.name");
        summary =
                Texts.noFormula(
                        Texts.clean(summary, "tool.summary", true, MAX_SUMMARY), "tool.summary");
        if (purposes == null || purposes.isEmpty()) {
            throw new InvalidInputException("error.required", "tool.purposes");
        }
        purposes = Set.copyOf(purposes);
        technologies = technologies == null ? Set.of() : Set.copyOf(technologies);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        interfaceLanguages = languages(interfaceLanguages);
        analysedLanguages = languages(analysedLanguages);
    }

    /** The tool's description as it stands. */
    public static ToolDescription of(Tool tool) {
        return new ToolDescription(
                tool.getName(),
                tool.getSummary(),
                tool.getPurposes(),
                tool.getTechnologies(),
                tool.getPhases(),
                tool.getInterfaceLanguages(),
                tool.getAnalysedLanguages());
    }

    /** ISO 639-1 codes, lower case, sorted; an unknown code is refused. */
    static Set<String> languages(Collection<String> codes) {
        Set<String> checked = new TreeSet<>();
        if (codes != null) {
            Set<String> known = Set.of(Locale.getISOLanguages());
            for (String code : codes) {
                String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
                if (!known.contains(lower)) {
                    throw new InvalidInputException("error.language", code);
                }
                checked.add(lower);
            }
        }
        return Set.copyOf(checked);
    }

    /** A set as the comma-separated, sorted text a version stores. */
    static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
        return split(joined, code -> Enum.valueOf(type, code)).stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    static Set<String> codes(String joined) {
        return split(joined, Function.identity());
    }

    private static <T> Set<T> split(String joined, Function<String, T> parse) {
        Objects.requireNonNull(joined);
        return joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
