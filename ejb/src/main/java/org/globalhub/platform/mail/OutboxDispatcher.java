package org.globalhub.platform.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.globalhub.platform.Settings;

/**
 * Sends what the outbox holds through the server's mail session (java:jboss/mail/hub): right after
 * the transaction that queued a mail commits, and every 20 seconds for retries and for mails
 * another server left behind. A server claims a mail in the database before sending it, so that two
 * servers never send the same one; a claim runs out after five minutes (a crash mid-send sends that
 * mail again: at least once). With {@code -Dhub.mail.log=true} (the demo run) mails are written to
 * the server log instead.
 */
@Singleton
@ConcurrencyManagement(
        ConcurrencyManagementType.BEAN) // claims in the database keep parallel runs apart
@TransactionManagement(
        TransactionManagementType.BEAN) // claim, send outside any transaction, then record
@PermitAll // it only ever sends what services queued; nobody can put anything in through it
public class OutboxDispatcher {

    public static final String LOG_PROPERTY = Settings.MAIL_LOG_ONLY;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    @PersistenceContext EntityManager em;

    @Resource UserTransaction tx;

    @Resource SessionContext context;

    @Resource(lookup = "java:jboss/mail/hub")
    Session session;

    @Inject Clock clock;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final String node =
            org.globalhub.platform.Settings.text(org.globalhub.platform.Settings.NODE, "hub");

    /**
     * Where answers to the Hub's mails go (for example the agency's help desk); none by default, as
     * the sender is a no-reply address.
     */
    public static final String REPLY_TO_PROPERTY = Settings.MAIL_REPLY_TO;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (!scheduled.getAndSet(true)) {
            context.getBusinessObject(OutboxDispatcher.class).sendSoon();
        }
    }

    @Asynchronous
    public void sendSoon() {
        scheduled.set(false);
        sendDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void everyTwentySeconds() {
        sendDue();
    }

    /**
     * Sends every mail that is due now; returns how many were sent. Goes on while a full batch was
     * due, also when another server claimed it first: in a cluster every server helps until the
     * outbox is empty.
     */
    public int sendDue() {
        int sent = 0;
        Claim claim;
        do {
            claim = claim();
            for (long id : claim.mine()) {
                sent += send(id) ? 1 : 0;
            }
        } while (claim.due() == BATCH);
        return sent;
    }

    /** How many mails were due (at most a batch), and those this server claimed of them. */
    private record Claim(int due, List<Long> mine) {}

    private Claim claim() {
        return inTransaction(
                () -> {
                    Instant now = Instant.now(clock);
                    List<Long> mine = new ArrayList<>();
                    List<Long> due =
                            em.createNamedQuery("OutboxMail.findDue", Long.class)
                                    .setParameter("now", now)
                                    .setMaxResults(BATCH)
                                    .getResultList();
                    for (Long id : due) {
                        if (em.createNamedQuery("OutboxMail.claim")
                                        .setParameter("id", id)
                                        .setParameter("now", now)
                                        .setParameter("until", now.plus(CLAIM))
                                        .setParameter("node", node)
                                        .executeUpdate()
                                == 1) {
                            mine.add(id);
                        }
                    }
                    return new Claim(due.size(), mine);
                });
    }

    private boolean send(long id) {
        OutboxMail mail = inTransaction(() -> em.find(OutboxMail.class, id));
        if (mail == null || !mail.isPending()) {
            return false; // erased with its recipient, or sent meanwhile
        }
        String error = null;
        try {
            deliver(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody());
        } catch (MessagingException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warning(
                    "Mail "
                            + id
                            + " ("
                            + mail.getKind()
                            + ") not sent, attempt "
                            + (mail.getAttempts() + 1)
                            + ": "
                            + error);
        }
        String failure = error;
        inTransaction(
                () -> {
                    OutboxMail stored = em.find(OutboxMail.class, id);
                    if (stored == null) {
                        return null;
                    }
                    if (failure == null) {
                        stored.sent(Instant.now(clock));
                    } else {
                        stored.failed(failure, Instant.now(clock));
                    }
                    return stored;
                });
        return failure == null;
    }

    private void deliver(long id, String to, String subject, String body)
            throws MessagingException {
        if (Settings.flag(LOG_PROPERTY)) {
            LOG.info(
                    () ->
                            "\n[hub] ===== MAIL (demo: not sent) =====\nTo: "
                                    + to
                                    + "\nSubject: "
                                    + subject
                                    + "\n\n"
                                    + body
                                    + "\n[hub] =================================");
            return;
        }
        String messageId = messageId(id);
        MimeMessage message =
                new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        // From: the mail session's address (its "from", hub.mail.from); strict relays refuse mail
        // without one.
        message.setFrom();
        String replyTo = Settings.optional(REPLY_TO_PROPERTY).orElse(null);
        if (replyTo != null && !replyTo.isBlank()) {
            message.setReplyTo(InternetAddress.parse(replyTo, true));
        }
        message.setSentDate(java.util.Date.from(Instant.now(clock)));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    /**
     * A Message-ID in the Hub's own domain (the host of its public address), the same for every try
     * of one mail, so that a receiver that got a mail twice (a relay timed out after accepting it)
     * can tell.
     */
    static String messageId(long id) {
        String host;
        try {
            host =
                    java.net
                            .URI
                            .create(Settings.text(Settings.PUBLIC_URL, "https://globalhub.invalid"))
                            .getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "<outbox-"
                + id
                + "@"
                + (host == null || host.isBlank() ? "globalhub.invalid" : host)
                + ">";
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return org.globalhub.platform.Transactions.inTransaction(tx, "outbox transaction", work);
    }
}
