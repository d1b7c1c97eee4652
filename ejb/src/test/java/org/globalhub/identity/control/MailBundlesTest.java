package org.globalhub.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The identity mails exist in the six languages, with the same keys, and both placeholders survive.
 */
class MailBundlesTest {

    @Test
    void everyLanguageHasEveryMailWithNameAndDetail() {
        Set<String> english =
                new TreeSet<>(
                        ResourceBundle.getBundle("org.globalhub.identity.mails", Locale.ENGLISH)
                                .keySet());
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle(
                            "org.globalhub.identity.mails", Locale.forLanguageTag(language));
            assertEquals(
                    language,
                    bundle.getLocale().getLanguage(),
                    "a bundle of its own for " + language);
            assertEquals(english, new TreeSet<>(bundle.keySet()), language);
            for (String key : english) {
                if (key.endsWith(".body")) {
                    String text =
                            new MessageFormat(bundle.getString(key))
                                    .format(new Object[] {"NAME", "DETAIL"});
                    assertTrue(
                            text.contains("NAME") && text.contains("DETAIL"),
                            language + " " + key + ": " + text);
                }
            }
        }
    }
}
