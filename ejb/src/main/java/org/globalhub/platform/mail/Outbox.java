package org.globalhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way a mail leaves the Hub: it is written to the outbox in the caller's transaction (so a
 * rolled back change sends nothing, and a request never waits for a mail server) and sent after
 * commit by {@link OutboxDispatcher}, with retries.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    @Inject Event<MailQueued> queued;

    /**
     * Mails anyone can make the Hub send to an address (registration, password reset): at most this
     * many to one address per hour, so that the Hub cannot be used to flood someone's mailbox.
     */
    public static final int LIMITED_PER_HOUR = 3;

    private static final java.util.Set<String> LIMITED =
            java.util.Set.of("verify", "accountExists", "reset", "resetUnknown");

    /**
     * Queues one mail; {@code kind} names what it is (the mails bundle's key, e.g. {@code verify}).
     * Returns false when the mail was dropped by the per-address limit on mails strangers can
     * trigger.
     */
    public boolean queue(String recipient, String kind, String subject, String body) {
        Instant now = Instant.now(clock);
        // The count runs for every kind, so that a limited and an unlimited mail cost the same.
        long recent =
                em.createNamedQuery("OutboxMail.countRecentTo", Long.class)
                        .setParameter("recipient", recipient)
                        .setParameter("kinds", LIMITED)
                        .setParameter("since", now.minus(java.time.Duration.ofHours(1)))
                        .getSingleResult();
        if (LIMITED.contains(kind) && recent >= LIMITED_PER_HOUR) {
            return false;
        }
        OutboxMail mail = new OutboxMail(recipient, kind, subject, body, now);
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
        return true;
    }
}
