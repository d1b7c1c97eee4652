package org.globalhub.privacy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.privacy.entity.PurgeRun;
import org.globalhub.privacy.entity.RetentionCategory;
import org.globalhub.privacy.entity.RetentionRule;

/**
 * The retention policy (public: the privacy notice shows it), its changes by administrators, the
 * purge reports.
 */
@Stateless
public class RetentionService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @PermitAll
    public List<RetentionRule> policy() {
        return em.createNamedQuery("RetentionRule.findAll", RetentionRule.class).getResultList();
    }

    /**
     * Changes one period within its bounds; {@code version} is the one the administrator saw (no
     * lost update).
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void change(String categoryName, int days, long version) {
        RetentionCategory category = category(categoryName);
        RetentionRule rule = em.find(RetentionRule.class, category);
        if (rule.getVersion() != version) {
            throw new InvalidInputException("error.changedMeanwhile");
        }
        int before = rule.getDays();
        if (before == days) {
            return;
        }
        String caller = context.getCallerPrincipal().getName();
        rule.change(days, caller, Instant.now(clock));
        new AuditTrail(em, clock)
                .record(
                        caller,
                        "retention.changed",
                        "RetentionRule",
                        category.name(),
                        before + " → " + days + " days");
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<PurgeRun> runs(int max) {
        return em.createNamedQuery("PurgeRun.findRecent", PurgeRun.class)
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public PurgeRun run(long executionId) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        if (run == null) {
            throw new NotFoundException("error.notFound", executionId);
        }
        return run;
    }

    private static RetentionCategory category(String name) {
        try {
            return RetentionCategory.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("retention.unknownCategory");
        }
    }
}
