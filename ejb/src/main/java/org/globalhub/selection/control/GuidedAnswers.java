package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An agent's answers to the guided questions; every answer may be "I don't know" (empty or null).
 * Read from and written to the URL with the facet parameter names where they mean the same ({@code
 * task}, {@code data}, {@code lang}, {@code os}) plus {@code where}, {@code budget} and {@code
 * skills}.
 */
public record GuidedAnswers(
        Set<String> tasks,
        Set<String> material,
        Set<String> languages,
        String where,
        Set<String> os,
        String budget,
        Integer skills) {

    /**
     * Where the data may be processed: anywhere (cloud allowed), on the agency's premises, or
     * air-gapped.
     */
    public static final List<String> WHERE = List.of("anywhere", "on-premises", "air-gapped");

    /** What the agency can spend: nothing (free or open source only) or a licence. */
    public static final List<String> BUDGET = List.of("none", "licence");

    public GuidedAnswers {
        tasks = sorted(tasks);
        material = sorted(material);
        languages = sorted(languages);
        os = sorted(os);
        where = where != null && WHERE.contains(where) ? where : null;
        budget = budget != null && BUDGET.contains(budget) ? budget : null;
        skills = skills != null && skills >= 1 && skills <= 5 ? skills : null;
    }

    /** Sorted, so that the same answers always write the same URL. */
    private static Set<String> sorted(Set<String> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }

    public static GuidedAnswers none() {
        return new GuidedAnswers(Set.of(), Set.of(), Set.of(), null, Set.of(), null, null);
    }

    /** From URL parameters; anything that is not an allowed answer counts as "I don't know". */
    public static GuidedAnswers parse(Map<String, String[]> parameters) {
        return new GuidedAnswers(
                values(parameters, Facet.PURPOSE),
                values(parameters, Facet.DATA),
                values(parameters, Facet.ANALYSED_LANGUAGE),
                first(parameters, "where"),
                values(parameters, Facet.OS),
                first(parameters, "budget"),
                skills(first(parameters, "skills")));
    }

    private static Set<String> values(Map<String, String[]> parameters, Facet facet) {
        Set<String> found = new LinkedHashSet<>();
        for (String joined : parameters.getOrDefault(facet.getParameter(), new String[0])) {
            for (String value : joined == null ? new String[0] : joined.split(",")) {
                facet.normalise(value).filter(v -> !Facet.UNKNOWN.equals(v)).ifPresent(found::add);
            }
        }
        return found.size() > 20 ? Set.of() : found;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? null : values[0].strip();
    }

    private static Integer skills(String text) {
        return Optional.ofNullable(text)
                .filter(t -> t.matches("[1-5]"))
                .map(Integer::valueOf)
                .orElse(null);
    }

    /** Whether the languages question matters: the agent's material holds words (text or audio). */
    public boolean asksLanguages() {
        return material.contains("TEXT")
                || material.contains("AUDIO")
                || tasks.contains("GROOMING_TEXT_ANALYSIS");
    }

    /**
     * Whether the operating-system question matters: the tool would run on the agency's own
     * machines.
     */
    public boolean asksOs() {
        return "on-premises".equals(where) || "air-gapped".equals(where);
    }

    /** As URL query parameters; empty answers are left out. */
    public String toQuery() {
        List<String> parts = new ArrayList<>();
        add(parts, Facet.PURPOSE.getParameter(), String.join(",", tasks));
        add(parts, Facet.DATA.getParameter(), String.join(",", material));
        add(parts, Facet.ANALYSED_LANGUAGE.getParameter(), String.join(",", languages));
        add(parts, "where", where);
        add(parts, Facet.OS.getParameter(), String.join(",", os));
        add(parts, "budget", budget);
        add(parts, "skills", skills == null ? null : skills.toString());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parts.add(name + "=" + value);
        }
    }
}
