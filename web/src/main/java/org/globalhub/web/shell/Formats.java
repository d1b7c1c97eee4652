package org.globalhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as pages show them, in the visitor's language (UTC: agents work across time
 * zones).
 */
@Named
@ApplicationScoped
public class Formats {

    public String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(instant);
    }

    public String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withLocale(locale)
                                .withZone(ZoneOffset.UTC)
                                .format(instant)
                        + " UTC";
    }

    /**
     * A translated message with its argument, as {@code h:outputFormat} would write it, for page
     * text: no component (and no {@code f:param} components) built for it on every request.
     */
    public String message(String pattern, Object argument, Locale locale) {
        return new MessageFormat(pattern, locale).format(new Object[] {argument});
    }

    /** As above, with two arguments. */
    public String message(String pattern, Object first, Object second, Locale locale) {
        return new MessageFormat(pattern, locale).format(new Object[] {first, second});
    }

    public String rating(Double average, Locale locale) {
        return average == null ? "" : String.format(locale, "%.1f", average);
    }

    /**
     * A country's name in the visitor's language, from its ISO code ("KE" is "Kenya", "كينيا" ...).
     */
    public String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
