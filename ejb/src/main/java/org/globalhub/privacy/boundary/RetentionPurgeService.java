package org.globalhub.privacy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.entity.Account;
import org.globalhub.privacy.control.AccountEraser;
import org.globalhub.privacy.control.ExpiredData;
import org.globalhub.privacy.entity.PurgeAction;
import org.globalhub.privacy.entity.PurgeRun;
import org.globalhub.privacy.entity.RetentionCategory;
import org.globalhub.privacy.entity.RetentionRule;

/**
 * The steps of the retention purge, each its own transaction: the batch job (retention-purge) calls them
 * category by category, slice by slice, and every step adds its counts to the run's report.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RetentionPurgeService {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/hub")
    Session mail;

    /** Lease length: longer than any purge takes; a lease left by a killed run frees itself after it. */
    public static final Duration LEASE = Duration.ofHours(6);

    /** Takes the purge lease for this run; false when another run holds it (the run then does nothing). */
    public boolean acquireLease(long holder) {
        if (holder <= 0) {
            throw new IllegalArgumentException("A lease holder is a job execution id");
        }
        Instant now = Instant.now(CLOCK);
        return em.createNativeQuery("UPDATE purge_lease SET holder = ?1, expires_at = ?2 WHERE id = 1"
                        + " AND (holder IS NULL OR holder = ?1 OR expires_at < ?3)")
                .setParameter(1, holder).setParameter(2, Timestamp.from(now.plus(LEASE))).setParameter(3, Timestamp.from(now)).executeUpdate() == 1;
    }

    public void releaseLease(long holder) {
        em.createNativeQuery("UPDATE purge_lease SET holder = NULL, expires_at = NULL WHERE id = 1 AND holder = ?1")
                .setParameter(1, holder).executeUpdate();
    }

    public void begin(long executionId, boolean dryRun, Instant asOf, String startedBy) {
        if (em.find(PurgeRun.class, executionId) == null) {
            em.persist(new PurgeRun(executionId, dryRun, asOf, startedBy, Instant.now(CLOCK)));
        }
    }

    public void finish(long executionId, String outcome) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        run.finish(outcome);
        new AuditTrail(em, CLOCK).record(run.getStartedBy(), run.isDryRun() ? "retention.dryRun" : "retention.purged",
                "PurgeRun", executionId, outcome);
    }

    /** A dry run: records what would go in every category, changes nothing. */
    public void count(long executionId, RetentionCategory category) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        if (ExpiredData.holdsAccounts(category)) {
            run.count(category, PurgeAction.DELETED, expired.accounts(category, Integer.MAX_VALUE).size());
            if (category == RetentionCategory.INACTIVE_ACCOUNT) {
                run.count(category, PurgeAction.WARNED, expired.accountsToWarn().size());
            }
        } else {
            run.count(category, PurgeAction.DELETED, expired.countRecords(category));
        }
    }

    /**
     * Mails every inactive person whose account reaches the warning period; the account can go only 30 days
     * after a warning that reached them. A mail that fails is counted and tried again at the next run.
     */
    public void warnInactive(long executionId) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        int days = em.find(RetentionRule.class, RetentionCategory.INACTIVE_ACCOUNT).getDays();
        for (Account account : expired.accountsToWarn()) {
            Instant deletion = account.lastActivity().plus(Duration.ofDays(days));
            Instant earliest = run.getAsOf().plus(Duration.ofDays(RetentionCategory.WARNING_DAYS));
            String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(deletion.isAfter(earliest) ? deletion : earliest);
            try {
                HubMail.send(mail, account, "inactive", date + "\n\n" + HubMail.publicUrl() + "/login.xhtml");
                account.inactivityWarned(run.getAsOf());
                run.count(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.WARNED, 1);
            } catch (HubMail.MailNotSentException e) {
                run.count(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.MAIL_FAILED, 1);
            }
        }
    }

    /** Deletes one slice (at most {@code max} items) of a category; 0 means the category is done. */
    public int purgeSlice(long executionId, RetentionCategory category, int max) {
        PurgeRun run = em.find(PurgeRun.class, executionId);
        ExpiredData expired = new ExpiredData(em, run.getAsOf());
        int done;
        if (ExpiredData.holdsAccounts(category)) {
            List<Account> accounts = expired.accounts(category, max);
            AuditTrail audit = new AuditTrail(em, CLOCK);
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
