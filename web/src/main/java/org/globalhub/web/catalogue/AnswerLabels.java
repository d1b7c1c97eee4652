package org.globalhub.web.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Shows a stored value of a tool field or answer as a reader reads it: option codes, labels and
 * language codes become their names in the page's language; free text stays as written. Used by the
 * "what changed" and review pages, whose rows mix every kind of field.
 */
@Named
@ApplicationScoped
public class AnswerLabels {

    private static final String QUESTIONS = "org.globalhub.web.i18n.questions";
    private static final String MESSAGES = "org.globalhub.web.i18n.messages";

    /** The field's or question's label. */
    public String label(String key) {
        return key.startsWith("tool.")
                ? text(MESSAGES, "field." + key, key)
                : text(QUESTIONS, key + ".text", key);
    }

    /** The value as shown: {@code null} stays null. */
    public String display(String key, String value) {
        if (value == null) {
            return null;
        }
        return switch (key) {
            case "tool.name", "tool.summary" -> value;
            case "tool.purposes" -> each(value, code -> text(MESSAGES, "purpose." + code, code));
            case "tool.technologies" ->
                    each(value, code -> text(MESSAGES, "technology." + code, code));
            case "tool.phases" -> each(value, code -> text(MESSAGES, "phase." + code, code));
            case "tool.interfaceLanguages", "tool.analysedLanguages" ->
                    each(value, code -> Locale.forLanguageTag(code).getDisplayLanguage(locale()));
            default -> answer(value);
        };
    }

    /** Choice answers are codes (yes/no/partly, 1–5, option codes); anything else is free text. */
    private String answer(String value) {
        if (value.matches("(yes|no|partly)")) {
            return text(MESSAGES, "answer." + value, value);
        }
        if (value.matches("[1-5]")) {
            return value + " / 5 · " + text(MESSAGES, "answer.scale." + value, value);
        }
        if (value.matches("[a-z0-9-]+(,[a-z0-9-]+)*")) {
            return each(value, code -> text(QUESTIONS, "option." + code, code));
        }
        return value;
    }

    private static String each(String joined, java.util.function.UnaryOperator<String> name) {
        return Arrays.stream(joined.split(",")).map(name).collect(Collectors.joining(", "));
    }

    private static String text(String bundle, String key, String fallback) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale());
        return texts.containsKey(key) ? texts.getString(key) : fallback;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
