package org.globalhub.selection.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the finder knows about one published tool: its facet values (labels from the catalogue,
 * facts from the provider's questionnaire answers), the team skill level it needs (1–5, null when
 * not answered), its neutral shuffle key and its agents' rating.
 */
public record ToolFacts(
        long id,
        String name,
        String summary,
        String providerName,
        long shuffleKey,
        Map<Facet, Set<String>> values,
        Integer skillLevel,
        Double averageRating,
        long ratingCount,
        java.time.Instant answersConfirmedAt,
        String providerCountry,
        Set<String> phases,
        java.time.Instant createdAt) {

    /**
     * The provider's last confirmation is over a year old at {@code now}: decided when shown, never
     * cached, since it changes with time and not with data.
     */
    public boolean isUnconfirmedAt(java.time.Instant now) {
        return answersConfirmedAt != null
                && answersConfirmedAt
                        .plus(org.globalhub.catalogue.entity.Tool.CONFIRMATION_PERIOD)
                        .isBefore(now);
    }

    public ToolFacts {
        Objects.requireNonNull(name);
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> given = values.get(facet);
            copy.put(
                    facet,
                    given == null || given.isEmpty() ? Set.of(Facet.UNKNOWN) : Set.copyOf(given));
        }
        values = Collections.unmodifiableMap(copy);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
    }

    public Set<String> get(Facet facet) {
        return values.get(facet);
    }

    public boolean has(Facet facet, String value) {
        return values.get(facet).contains(value);
    }

    public boolean knows(Facet facet) {
        return !values.get(facet).contains(Facet.UNKNOWN);
    }

    /** The development stage as a rank for sorting: production first, unknown last. */
    public int stageRank() {
        return Facet.STAGE.getValues().indexOf(get(Facet.STAGE).iterator().next());
    }

    /** The tool's tasks in the catalogue's order, for its card (none when not given). */
    public List<String> purposes() {
        return known(Facet.PURPOSE);
    }

    /** The material it analyses in the catalogue's order (none when not given). */
    public List<String> technologies() {
        return known(Facet.DATA);
    }

    private List<String> known(Facet facet) {
        return facet.getValues().stream().filter(values.get(facet)::contains).toList();
    }

    public String providerType() {
        return get(Facet.PROVIDER_TYPE).iterator().next();
    }

    /** The provider's country in the reader's language. */
    public String providerCountryName(java.util.Locale locale) {
        return providerCountry == null
                ? ""
                : new java.util.Locale("", providerCountry).getDisplayCountry(locale);
    }

    public String region() {
        return get(Facet.REGION).iterator().next();
    }
}
