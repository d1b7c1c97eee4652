package org.globalhub.catalogue.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;

/**
 * What changed between two versions of a tool: each description field and each question whose
 * original answer was added, changed or removed, or whose translations changed. Keys are the
 * question ids and, for the description, {@code tool.name}, {@code tool.summary}, {@code
 * tool.purposes}, {@code tool.technologies}, {@code tool.phases}, {@code tool.interfaceLanguages}
 * and {@code tool.analysedLanguages} (the form fields' message keys).
 */
public record VersionDiff(List<Change> changes) {

    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED,
        /** Same original, other translations. */
        TRANSLATED
    }

    /** One changed field or answer; {@code before}/{@code after} are null where there was none. */
    public record Change(String key, Kind kind, String before, String after) {}

    /** From {@code older} (null for a tool's first version) to {@code newer}. */
    public static VersionDiff between(ToolVersion older, ToolVersion newer) {
        List<Change> changes = new ArrayList<>();
        describe(changes, older == null ? null : older.description(), newer.description());
        Set<String> questions = new LinkedHashSet<>();
        if (older != null) {
            older.getAnswers().forEach(a -> questions.add(a.getQuestionId()));
        }
        newer.getAnswers().forEach(a -> questions.add(a.getQuestionId()));
        for (String question : questions) {
            String before = older == null ? null : original(older, question);
            String after = original(newer, question);
            if (before == null && after != null) {
                changes.add(new Change(question, Kind.ADDED, null, after));
            } else if (before != null && after == null) {
                changes.add(new Change(question, Kind.REMOVED, before, null));
            } else if (!Objects.equals(before, after)) {
                changes.add(new Change(question, Kind.CHANGED, before, after));
            } else {
                String was = translations(older, question);
                String is = translations(newer, question);
                if (!was.equals(is)) {
                    changes.add(new Change(question, Kind.TRANSLATED, was, is));
                }
            }
        }
        return new VersionDiff(List.copyOf(changes));
    }

    private static void describe(List<Change> changes, ToolDescription was, ToolDescription is) {
        Map<String, String> before = was == null ? Map.of() : fields(was);
        fields(is).forEach((key, after) -> field(changes, key, before.get(key), after));
    }

    /**
     * The description's fields by key, each as one text (sets as sorted, comma-separated codes).
     */
    public static Map<String, String> fields(ToolDescription description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tool.name", description.name());
        fields.put("tool.summary", description.summary());
        fields.put("tool.purposes", joined(description.purposes()));
        fields.put("tool.technologies", joined(description.technologies()));
        fields.put("tool.phases", joined(description.phases()));
        fields.put("tool.interfaceLanguages", joined(description.interfaceLanguages()));
        fields.put("tool.analysedLanguages", joined(description.analysedLanguages()));
        return fields;
    }

    private static void field(List<Change> changes, String key, String before, String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(b, a)) {
            Kind kind = b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new Change(key, kind, b, a));
        }
    }

    private static String joined(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    private static String original(ToolVersion version, String question) {
        return version.original(question).map(VersionAnswer::getText).orElse(null);
    }

    /** The translations as "fr: text | es: text", in language order. */
    private static String translations(ToolVersion version, String question) {
        Map<String, String> byLanguage = new TreeMap<>();
        version.answersTo(question).stream()
                .filter(a -> !a.isOriginal())
                .forEach(a -> byLanguage.put(a.getLanguage(), a.getText()));
        return byLanguage.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" | "));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Set<String> changedKeys() {
        return changes.stream().map(Change::key).collect(Collectors.toSet());
    }

    public Change changeOf(String key) {
        return changes.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
