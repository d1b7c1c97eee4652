package org.globalhub.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;

/**
 * The limit on confirming one's current password inside a session (account security page, erasure):
 * at most {@link #LIMIT} wrong passwords per account in {@link #WINDOW}, then the password is not
 * even checked (no full hash per guess) until the window has passed. The wrong tries are audit
 * entries ({@code security.wrongPassword}) written in their own transaction, so that the refusal
 * that follows does not roll them back, and every server counts the same tries.
 */
@ApplicationScoped
public class WrongPasswords {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final String EVENT = "security.wrongPassword";

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    /** Whether the account has used up its tries for now. */
    public boolean exhausted(long accountId) {
        Instant since = Instant.now(clock).minus(WINDOW);
        return em.createQuery(
                                "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action"
                                        + " AND e.subjectType = 'Account' AND e.subjectId = :id"
                                        + " AND e.occurredAt > :since",
                                Long.class)
                        .setParameter("action", EVENT)
                        .setParameter("id", String.valueOf(accountId))
                        .setParameter("since", since)
                        .getSingleResult()
                >= LIMIT;
    }

    /** Records a wrong password; kept whatever happens to the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, long accountId, String where) {
        new AuditTrail(em, clock).record(actor, EVENT, "Account", accountId, where);
    }
}
