package org.globalhub.identity.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.mail.Outbox;

/**
 * Writes the Hub's mails to people in their language ({@code mails_*.properties}: {@code
 * <kind>.subject}, {@code <kind>.body}) and queues them in the {@link Outbox}, which sends them
 * after commit.
 */
public final class HubMail {

    private HubMail() {}

    /**
     * The Hub's public address, for links in mails: -Dhub.public.url, e.g.
     * https://hub.example.org/hub.
     */
    public static String publicUrl() {
        return org.globalhub.platform.Settings.text(
                org.globalhub.platform.Settings.PUBLIC_URL, "https://localhost:8443/hub");
    }

    /**
     * Queues one of the mails to the account's owner; {@code detail} is the link or the reason.
     * False when the outbox's per-address limit dropped it.
     */
    public static boolean send(Outbox outbox, Account to, String kind, String detail) {
        return sendTo(
                outbox,
                to.getEmail(),
                to.getApplicant().getFullName(),
                to.getLanguage(),
                kind,
                detail);
    }

    /** A word of the mails bundle (such as a role's name) in the account owner's language. */
    public static String word(Account to, String key) {
        return ResourceBundle.getBundle(
                        "org.globalhub.identity.mails", Locale.forLanguageTag(to.getLanguage()))
                .getString(key);
    }

    /**
     * The same, for a person whose account may be gone already (the confirmation of an erasure).
     */
    public static boolean sendTo(
            Outbox outbox, String email, String name, String language, String kind, String detail) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        ResourceBundle mails = ResourceBundle.getBundle("org.globalhub.identity.mails", locale);
        return outbox.queue(
                email,
                kind,
                mails.getString(kind + ".subject"),
                new MessageFormat(mails.getString(kind + ".body"), locale)
                        .format(new Object[] {name, detail}));
    }
}
