package org.globalhub.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.globalhub.identity.control.SessionRevocation;

/**
 * The session epoch as this server last read it, at most a second old: the web layer checks a
 * session's account again only when the epoch moved since its last check (see {@code
 * SessionRevocation}). One query a second per server, whatever the number of requests.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // stale reads are fine for up to a second
@PermitAll // a number, nothing personal: every request of a logged-in person asks for it
public class SessionEpoch {

    private static final long MAX_AGE_MILLIS = 1000;

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    private volatile long epoch = -1;
    private volatile long readAt;

    /**
     * This server raised the epoch: read it again at the next request instead of up to a second
     * later.
     */
    public void announcedHere(
            @Observes(during = TransactionPhase.AFTER_SUCCESS)
                    SessionRevocation.Announced announced) {
        epoch = -1;
    }

    @TransactionAttribute(
            TransactionAttributeType.SUPPORTS) // a read; no transaction of its own per request
    public long current() {
        long now = clock.millis();
        if (epoch < 0 || now - readAt >= MAX_AGE_MILLIS || now < readAt) {
            epoch =
                    ((Number)
                                    em.createNativeQuery(
                                                    "SELECT epoch FROM session_epoch WHERE id = 1")
                                            .getSingleResult())
                            .longValue();
            readAt = now;
        }
        return epoch;
    }
}
