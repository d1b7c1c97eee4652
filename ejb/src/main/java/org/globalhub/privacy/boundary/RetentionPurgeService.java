package org.globalhub.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.JobStarters;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.mail.Outbox;
import org.globalhub.platform.metrics.HubMetrics;
import org.globalhub.privacy.control.AccountEraser;
import org.globalhub.privacy.control.ExpiredData;
import org.globalhub.privacy.entity.PurgeAction;
import org.globalhub.privacy.entity.PurgeRun;
import org.globalhub.privacy.entity.RetentionCategory;
import org.globalhub.privacy.entity.RetentionRule;

/**
 * The steps of the retention purge, each its own transaction: the batch job (retention-purge) calls
 * them category by category, slice by slice, and every step adds its counts to the run's report.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RetentionPurgeService {

    @Inject Clock clock;

    @Inject HubMetrics metrics;

    @PersistenceContext EntityManager em;

    @Inject Outbox mail;

    /**
     * Lease length. A running purge renews its lease after every slice (slices take well under a
     * second), so a lease that runs out belongs to a purge that was cut off.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private static final String NODE =
            org.globalhub.platform.Settings.text(org.globalhub.platform.Settings.NODE, "hub");

    /**
     * Takes (or renews) the purge lease for this run; false when another run holds it (the run then
     * does nothing).
     */
    public boolean acquireLease(long holder) {
        if (holder <= 0) {
            throw new IllegalArgumentException("A lease holder is a job execution id");
        }
        Instant now = Instant.now(clock);
        return em.createNativeQuery(
                                "UPDATE purge_lease SET holder = ?1, expires_at = ?2, holder_node = ?4 WHERE id = 1"
                                        + " AND (holder IS NULL OR holder = ?1 OR expires_at < ?3)")
                        .setParameter(1, holder)
                        .setParameter(2, Timestamp.from(now.plus(LEASE)))
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, NODE)
                        .executeUpdate()
                == 1;
    }

    public void releaseLease(long holder) {
        em.createNativeQuery(
                        "UPDATE purge_lease SET holder = NULL, expires_at = NULL, holder_node = NULL WHERE id = 1 AND holder = ?1")
                .setParameter(1, holder)
                .executeUpdate();
    }

    /**
     * The execution that holds a lease that has not run out, if a purge runs anywhere in the
     * cluster.
     */
    public Optional<Long> runningPurge() {
        List<?> holders =
                em.createNativeQuery(
                                "SELECT holder FROM purge_lease WHERE id = 1 AND holder IS NOT NULL AND expires_at >= ?1")
                        .setParameter(1, Timestamp.from(Instant.now(clock)))
                        .getResultList();
        return holders.isEmpty()
                ? Optional.empty()
                : Optional.of(((Number) holders.get(0)).longValue());
    }

    /**
     * Recognises purges that were cut off: a lease this server held before it started again
     * (nothing of it can still run), or one that ran out, is freed; every report without an outcome
     * whose run does not hold the lease is closed as {@link PurgeRun#INTERRUPTED}. Returns the
     * execution ids closed.
     */
    public List<Long> closeInterrupted(boolean atServerStart) {
        Instant now = Instant.now(clock);
        if (atServerStart) {
            em.createNativeQuery(
                            "UPDATE purge_lease SET holder = NULL, expires_at = NULL, holder_node = NULL WHERE id = 1 AND holder_node = ?1")
                    .setParameter(1, NODE)
                    .executeUpdate();
        }
        em.createNativeQuery(
                        "UPDATE purge_lease SET holder = NULL, expires_at = NULL, holder_node = NULL WHERE id = 1 AND expires_at < ?1")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
        long running = runningPurge().orElse(-1L);
        List<Long> closed = new ArrayList<>();
        for (PurgeRun run :
                em.createNamedQuery("PurgeRun.findUnfinished", PurgeRun.class)
                        .setParameter("running", running)
                        .getResultList()) {
            run.finish(PurgeRun.INTERRUPTED);
            closed.add(run.getExecutionId());
            new AuditTrail(em, clock)
                    .record(
                            "system",
                            "purge.interrupted",
                            "PurgeRun",
                            run.getExecutionId(),
                            "cut off before it finished; closed");
        }
        return closed;
    }

    public void begin(long executionId, boolean dryRun, Instant asOf, String startedBy) {
        if (em.find(PurgeRun.class, executionId) == null) {
            em.persist(
                    new PurgeRun(
                            executionId,
                            dryRun,
                            asOf,
                            JobStarters.resolve(em, startedBy),
                            Instant.now(clock)));
        }
    }

    /**
     * Ends the run with its outcome; returns its summary for the job's exit status, which WildFly's
     * CLI shows: "COMPLETED: 1234 records in 9 categories (dry run: nothing deleted)".
     */
    public String finish(long executionId, String outcome) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        run.finish(outcome);
        new AuditTrail(em, clock)
                .record(
                        run.getStartedBy(),
                        run.isDryRun() ? "retention.dryRun" : "retention.purged",
                        "PurgeRun",
                        executionId,
                        outcome);
        long records = run.getCounts().stream().mapToLong(c -> c.getCount()).sum();
        long categories = run.getCounts().stream().map(c -> c.getCategory()).distinct().count();
        metrics.purged(run.isDryRun(), records);
        return String.format(
                "%s: %d records in %d categories%s",
                outcome, records, categories, run.isDryRun() ? " (dry run: nothing deleted)" : "");
    }

    /** A dry run: records what would go in every category, changes nothing. */
    public void count(long executionId, RetentionCategory category) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        if (ExpiredData.holdsAccounts(category)) {
            run.count(
                    category,
                    PurgeAction.DELETED,
                    expired.accounts(category, Integer.MAX_VALUE).size());
            if (category == RetentionCategory.INACTIVE_ACCOUNT) {
                run.count(category, PurgeAction.WARNED, expired.accountsToWarn().size());
            }
        } else {
            run.count(category, PurgeAction.DELETED, expired.countRecords(category));
        }
    }

    /**
     * Mails every inactive person whose account reaches the warning period; the account can go only
     * 30 days after a warning that reached them. A mail that fails is counted and tried again at
     * the next run.
     */
    public void warnInactive(long executionId) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        int days = em.find(RetentionRule.class, RetentionCategory.INACTIVE_ACCOUNT).getDays();
        for (Account account : expired.accountsToWarn()) {
            Instant deletion = account.lastActivity().plus(Duration.ofDays(days));
            Instant earliest = run.getAsOf().plus(Duration.ofDays(RetentionCategory.WARNING_DAYS));
            String date =
                    DateTimeFormatter.ISO_LOCAL_DATE
                            .withZone(ZoneOffset.UTC)
                            .format(deletion.isAfter(earliest) ? deletion : earliest);
            HubMail.send(
                    mail,
                    account,
                    "inactive",
                    date + "\n\n" + HubMail.publicUrl() + "/login.xhtml");
            account.inactivityWarned(run.getAsOf());
            run.count(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.WARNED, 1);
        }
    }

    /**
     * Deletes one slice (at most {@code max} items) of a category; 0 means the category is done.
     */
    public int purgeSlice(long executionId, RetentionCategory category, int max) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        int done;
        if (ExpiredData.holdsAccounts(category)) {
            List<Account> accounts = expired.accounts(category, max);
            AuditTrail audit = new AuditTrail(em, clock);
            for (Long id : new AccountEraser(em).eraseAll(accounts).keySet()) {
                audit.record("system", "account.erased", "Account", id, category.name());
            }
            done = accounts.size();
        } else {
            done = expired.deleteRecords(category, max);
        }
        run.count(category, PurgeAction.DELETED, done);
        return done;
    }
}
