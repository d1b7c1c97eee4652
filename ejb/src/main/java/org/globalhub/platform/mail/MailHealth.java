package org.globalhub.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;

/**
 * Whether mail leaves the Hub, for administrators: mails that failed at least once and still wait
 * for their next try. The pages show it to administrators as a warning (a mail relay that is down
 * delays registrations and resets, but takes no server out of service).
 */
@Stateless
@RolesAllowed("administrator") // identity.Roles.ADMINISTRATOR (the platform names no component)
public class MailHealth {

    @PersistenceContext EntityManager em;

    /** Mails waiting after a failed try, since when the oldest waits, and the latest error. */
    public record Status(long failing, Instant since, String lastError) implements Serializable {
        public boolean troubled() {
            return failing > 0;
        }
    }

    public Status status() {
        Object[] waiting =
                em.createQuery(
                                "SELECT COUNT(m), MIN(m.createdAt) FROM OutboxMail m"
                                        + " WHERE m.sentAt IS NULL AND m.failedAt IS NULL AND m.attempts > 0",
                                Object[].class)
                        .getSingleResult();
        long failing = ((Number) waiting[0]).longValue();
        String lastError =
                failing == 0
                        ? null
                        : em.createQuery(
                                        "SELECT m.lastError FROM OutboxMail m WHERE m.sentAt IS NULL"
                                                + " AND m.failedAt IS NULL AND m.attempts > 0 ORDER BY m.id DESC",
                                        String.class)
                                .setMaxResults(1)
                                .getResultStream()
                                .findFirst()
                                .orElse(null);
        return new Status(failing, (Instant) waiting[1], lastError);
    }
}
