package org.globalhub.selection.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * The facets of the tool finder, each with its short URL parameter and its allowed values. Facts
 * that come from the providers' questionnaires have the value {@code unknown} when the provider did
 * not answer.
 */
public enum Facet {
    PURPOSE("task", names(Purpose.values())),
    DATA("data", names(Technology.values())),
    ANALYSED_LANGUAGE("lang", null),
    INTERFACE_LANGUAGE("ui", null),
    DEPLOYMENT("deploy", List.of("on-premises", "air-gapped", "cloud", Facet.UNKNOWN)),
    OS("os", List.of("windows", "linux", "macos", Facet.UNKNOWN)),
    COST(
            "cost",
            List.of(
                    "free",
                    "open-source",
                    "one-off-licence",
                    "subscription",
                    "on-request",
                    Facet.UNKNOWN)),
    STAGE("stage", List.of("production", "pilot", "prototype", "research", Facet.UNKNOWN)),
    PROVIDER_TYPE("provider", names(ProviderType.values())),
    REGION("region", names(UnRegion.values())),
    VALIDATION("validated", List.of("yes", "partly", "no", Facet.UNKNOWN)),
    IN_USE("inuse", List.of("yes", Facet.UNKNOWN)),
    USER_DATA("userdata", List.of("no", "yes", "partly", Facet.UNKNOWN));

    /** The value of a questionnaire fact the provider did not give. */
    public static final String UNKNOWN = "unknown";

    private static final Set<String> LANGUAGES = new TreeSet<>(List.of(Locale.getISOLanguages()));

    private final String parameter;
    private final List<String> values;

    Facet(String parameter, List<String> values) {
        this.parameter = parameter;
        this.values = values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    public String getParameter() {
        return parameter;
    }

    /** The allowed values in display order; for the language facets, null (any ISO 639-1 code). */
    public List<String> getValues() {
        return values;
    }

    public boolean isLanguage() {
        return values == null;
    }

    /** The value as the facet knows it (trimmed, case as the facet writes it), if it is one. */
    public Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (isLanguage()) {
            String code = text.toLowerCase(Locale.ROOT);
            return LANGUAGES.contains(code) ? Optional.of(code) : Optional.empty();
        }
        return values.stream().filter(v -> v.equalsIgnoreCase(text)).findFirst();
    }

    public static Optional<Facet> byParameter(String parameter) {
        return Stream.of(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }

    public static String parameters() {
        return Stream.of(values()).map(Facet::getParameter).collect(Collectors.joining(", "));
    }
}
