package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chosen facet values: within a facet any value matches (OR), across facets all must (AND).
 * Read from the URL: unknown parameters and values are dropped and listed, so that the page can say
 * what it ignored.
 */
public final class FacetSelection {

    /** More values than any facet has: a longer list is nonsense and is cut. */
    private static final int MAX_VALUES = 40;

    private final Map<Facet, Set<String>> chosen;
    private final List<String> ignored;

    private FacetSelection(Map<Facet, Set<String>> chosen, List<String> ignored) {
        this.chosen = chosen;
        this.ignored = ignored;
    }

    public static FacetSelection none() {
        return new FacetSelection(new EnumMap<>(Facet.class), List.of());
    }

    public static FacetSelection of(Map<Facet, Set<String>> values) {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        values.forEach(
                (facet, set) -> {
                    if (!set.isEmpty()) {
                        chosen.put(facet, new LinkedHashSet<>(set));
                    }
                });
        return new FacetSelection(chosen, List.of());
    }

    /** From URL parameters (parameter → values; a value may also hold several, comma-separated). */
    public static FacetSelection parse(Map<String, String[]> parameters) {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        List<String> ignored = new ArrayList<>();
        parameters.forEach(
                (name, raw) -> {
                    Optional<Facet> facet = Facet.byParameter(name);
                    if (facet.isEmpty()) {
                        return; // not a facet: paging, sorting, the language switcher...
                    }
                    for (String joined : raw == null ? new String[0] : raw) {
                        for (String value : joined == null ? new String[0] : joined.split(",")) {
                            if (value.isBlank()) {
                                continue;
                            }
                            Optional<String> known = facet.get().normalise(value);
                            Set<String> set =
                                    chosen.computeIfAbsent(facet.get(), f -> new LinkedHashSet<>());
                            if (known.isPresent() && set.size() < MAX_VALUES) {
                                set.add(known.get());
                            } else if (ignored.size() < 10) {
                                ignored.add(
                                        name
                                                + "="
                                                + (value.length() > 40
                                                        ? value.substring(0, 40) + "…"
                                                        : value));
                            }
                        }
                    }
                });
        chosen.values().removeIf(Set::isEmpty);
        return new FacetSelection(chosen, List.copyOf(ignored));
    }

    public Set<String> values(Facet facet) {
        return chosen.getOrDefault(facet, Set.of());
    }

    public boolean isChosen(Facet facet, String value) {
        return values(facet).contains(value);
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    public Map<Facet, Set<String>> chosen() {
        return Collections.unmodifiableMap(chosen);
    }

    /** What the URL held that is not a facet value, as "parameter=value" (at most ten). */
    public List<String> ignored() {
        return ignored;
    }

    /** This selection with one value added or taken away: the link behind a facet value. */
    public FacetSelection toggle(Facet facet, String value) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        chosen.forEach((f, set) -> copy.put(f, new LinkedHashSet<>(set)));
        Set<String> set = copy.computeIfAbsent(facet, f -> new LinkedHashSet<>());
        if (!set.remove(value)) {
            set.add(value);
        }
        copy.values().removeIf(Set::isEmpty);
        return new FacetSelection(copy, List.of());
    }

    /** As URL query parameters, in facet order: {@code task=A,B&lang=ar}. */
    public String toQuery() {
        StringBuilder query = new StringBuilder();
        chosen.forEach(
                (facet, set) -> {
                    if (query.length() > 0) {
                        query.append('&');
                    }
                    query.append(facet.getParameter()).append('=').append(String.join(",", set));
                });
        return query.toString();
    }
}
