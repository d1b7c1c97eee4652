package org.globalhub.identity.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.BusinessException;

/**
 * Sends the Hub's mails through the server's mail session (java:jboss/mail/hub). With
 * {@code -Dhub.mail.log=true} (the demo run) mails are written to the server log instead, so that a person
 * can follow the links without a mail server.
 */
public final class HubMail {

    public static final String LOG_PROPERTY = "hub.mail.log";
    private static final Logger LOG = Logger.getLogger(HubMail.class.getName());

    private HubMail() {
    }

    /** The Hub's public address, for links in mails: -Dhub.public.url, e.g. https://hub.example.org/hub. */
    public static String publicUrl() {
        return System.getProperty("hub.public.url", "https://localhost:8443/hub");
    }

    /**
     * Sends one of the identity mails ({@code mails_*.properties}: {@code <kind>.subject}, {@code <kind>.body})
     * in the person's language; {@code detail} is the link or the reason.
     */
    public static void send(Session session, Account to, String kind, String detail) {
        sendTo(session, to.getEmail(), to.getApplicant().getFullName(), to.getLanguage(), kind, detail);
    }

    /** The same, for a person whose account may be gone already (the confirmation of an erasure). */
    public static void sendTo(Session session, String email, String name, String language, String kind, String detail) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle mails = ResourceBundle.getBundle("org.globalhub.identity.mails", locale);
        send(session, email, mails.getString(kind + ".subject"),
                new MessageFormat(mails.getString(kind + ".body"), locale).format(new Object[] {name, detail}));
    }

    public static void send(Session session, String to, String subject, String body) {
        if (Boolean.getBoolean(LOG_PROPERTY)) {
            LOG.info(() -> "\n[hub] ===== MAIL (demo: not sent) =====\nTo: " + to + "\nSubject: " + subject + "\n\n" + body
                    + "\n[hub] =================================");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to " + to + " not sent: " + e.getMessage());
            throw new MailNotSentException();
        }
    }

    /** The mail server did not take the mail; nothing was changed. */
    public static class MailNotSentException extends BusinessException {
        public MailNotSentException() {
            super("error.mail");
        }
    }
}
