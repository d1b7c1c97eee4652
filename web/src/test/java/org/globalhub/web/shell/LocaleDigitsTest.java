package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;

/** One digit style per language: every language of the Hub writes numbers and dates with 0-9. */
class LocaleDigitsTest {

    @Test
    void everyLanguageFormatsNumbersAndDatesWithTheDigitsZeroToNine() {
        for (String language : LocaleBacking.LANGUAGES) {
            var locale = LocaleBacking.of(language);
            assertEquals(language, locale.getLanguage(), "the page's lang stays the language");
            String number = NumberFormat.getIntegerInstance(locale).format(1234567);
            String message = new MessageFormat("{0} / {1}", locale).format(new Object[] {42, 7});
            String date =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .format(LocalDate.of(2026, 12, 2));
            for (String shown : new String[] {number, message, date}) {
                assertTrue(
                        shown.codePoints()
                                .filter(Character::isDigit)
                                .allMatch(c -> c >= '0' && c <= '9'),
                        language + ": " + shown);
            }
        }
    }
}
