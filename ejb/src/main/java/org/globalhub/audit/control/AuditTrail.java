package org.globalhub.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.globalhub.audit.entity.AuditEntry;

/** Records and reads audit entries inside the caller's transaction. */
public final class AuditTrail {

    private final EntityManager em;
    private final Clock clock;

    public AuditTrail(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void record(
            String actor, String action, String subjectType, Object subjectId, String details) {
        em.persist(
                new AuditEntry(
                        Instant.now(clock),
                        actor,
                        action,
                        subjectType,
                        String.valueOf(subjectId),
                        details));
    }

    public List<AuditEntry> historyOf(String subjectType, Object subjectId, int max) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .setMaxResults(max)
                .getResultList();
    }
}
