package org.globalhub.batch.retentionpurge;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.globalhub.identity.Roles;
import org.globalhub.privacy.boundary.RetentionPurgeService;
import org.globalhub.privacy.entity.RetentionCategory;

/**
 * The purge batchlet's way into the privacy services: batch threads carry no login (a run may come
 * from the schedule or the CLI), so this local-only bean calls them as an administrator. Every call
 * is its own transaction: a slice deleted stays deleted even if a later one fails.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
@PermitAll // reachable only by local calls of this application's batch artifacts (no remote view)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionPurgeGateway {

    @EJB RetentionPurgeService purge;

    public boolean acquireLease(long executionId) {
        return purge.acquireLease(executionId);
    }

    public void releaseLease(long executionId) {
        purge.releaseLease(executionId);
    }

    public Optional<Long> runningPurge() {
        return purge.runningPurge();
    }

    public List<Long> closeInterrupted(boolean atServerStart) {
        return purge.closeInterrupted(atServerStart);
    }

    public void begin(long executionId, boolean dryRun, Instant asOf, String startedBy) {
        purge.begin(executionId, dryRun, asOf, startedBy);
    }

    public String finish(long executionId, String outcome) {
        return purge.finish(executionId, outcome);
    }

    public void count(long executionId, RetentionCategory category) {
        purge.count(executionId, category);
    }

    public void warnInactive(long executionId) {
        purge.warnInactive(executionId);
    }

    public int purgeSlice(long executionId, RetentionCategory category, int max) {
        return purge.purgeSlice(executionId, category, max);
    }
}
