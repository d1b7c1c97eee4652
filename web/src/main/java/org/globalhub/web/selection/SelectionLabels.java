package org.globalhub.web.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.Reason;
import org.globalhub.web.shell.Messages;

/**
 * Words for the finder in the viewer's language: facet names, facet values (labels of the
 * catalogue, options of the questionnaires, language names) and the reasons of a match, with their
 * codes turned into words.
 */
@Named
@ApplicationScoped
public class SelectionLabels {

    /** Which facet's words a reason's arguments are. */
    private static final Map<String, Facet> REASON_FACETS =
            Map.ofEntries(
                    Map.entry("reason.task", Facet.PURPOSE),
                            Map.entry("exclude.task", Facet.PURPOSE),
                    Map.entry("reason.material", Facet.DATA),
                            Map.entry("reason.noMaterial", Facet.DATA),
                    Map.entry("reason.language", Facet.ANALYSED_LANGUAGE),
                            Map.entry("reason.noLanguage", Facet.ANALYSED_LANGUAGE),
                    Map.entry("reason.os", Facet.OS), Map.entry("reason.noOs", Facet.OS),
                    Map.entry("reason.free", Facet.COST), Map.entry("exclude.costs", Facet.COST));

    public String facet(Facet facet) {
        return bundle("messages").getString("finder.facet." + facet.name());
    }

    public String value(Facet facet, String value) {
        if (Facet.UNKNOWN.equals(value)) {
            return bundle("messages").getString("finder.unknown");
        }
        return switch (facet) {
            case PURPOSE -> bundle("messages").getString("purpose." + value);
            case DATA -> bundle("messages").getString("technology." + value);
            case REGION -> bundle("messages").getString("region." + value);
            case PROVIDER_TYPE -> bundle("messages").getString("providerType." + value);
            case ANALYSED_LANGUAGE, INTERFACE_LANGUAGE ->
                    Locale.forLanguageTag(value).getDisplayLanguage(locale());
            case VALIDATION, IN_USE, USER_DATA -> bundle("messages").getString("answer." + value);
            default -> bundle("questions").getString("option." + value);
        };
    }

    /** A reason as a sentence: its arguments (codes) become words of the matching facet. */
    public String reason(Reason reason) {
        Facet facet = REASON_FACETS.get(reason.key());
        Object[] arguments =
                reason.arguments().stream()
                        .map(
                                argument ->
                                        facet == null
                                                ? where(argument)
                                                : Arrays.stream(argument.split(","))
                                                        .map(code -> value(facet, code))
                                                        .collect(Collectors.joining(", ")))
                        .toArray();
        return new MessageFormat(bundle("messages").getString(reason.key()), locale())
                .format(arguments);
    }

    /** A stored answer in words: options and yes/no translated, "Not answered" for none. */
    public String answer(Question question, String answer) {
        if (answer == null || answer.isBlank()) {
            return bundle("messages").getString("answer.none");
        }
        return switch (question.getAnswerType()) {
            case TEXT -> answer;
            case YES_NO -> bundle("messages").getString("answer." + answer);
            case SCALE ->
                    answer + " / 5 · " + bundle("messages").getString("answer.scale." + answer);
            case SINGLE_CHOICE, MULTI_CHOICE ->
                    Arrays.stream(answer.split(","))
                            .map(code -> bundle("questions").getString("option." + code))
                            .collect(Collectors.joining(", "));
        };
    }

    public String question(Question question) {
        return bundle("questions").getString(question.getId() + ".text");
    }

    /** All values of a tool's facet in words (for comparisons and exports). */
    public String values(Facet facet, java.util.Set<String> values) {
        return values.stream().sorted().map(v -> value(facet, v)).collect(Collectors.joining(", "));
    }

    public String reasons(List<Reason> reasons, boolean fits) {
        return reasons.stream()
                .filter(r -> r.fits() == fits)
                .map(this::reason)
                .collect(Collectors.joining("; "));
    }

    private String where(String argument) {
        return bundle("messages").containsKey("guide.where." + argument)
                ? bundle("messages").getString("guide.where." + argument)
                : argument;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(Messages.BUNDLE.replace("messages", name), locale());
    }
}
