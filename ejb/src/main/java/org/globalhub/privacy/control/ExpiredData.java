package org.globalhub.privacy.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.globalhub.identity.entity.Account;
import org.globalhub.privacy.entity.RetentionCategory;
import org.globalhub.privacy.entity.RetentionRule;

/**
 * Finds and deletes what the retention policy says has expired at a given instant. Accounts are
 * returned to be erased one by one (through {@link AccountEraser}); everything else is deleted
 * set-wise, a slice at a time, so that no transaction grows without bound.
 */
public final class ExpiredData {

    private final EntityManager em;
    private final Instant asOf;

    public ExpiredData(EntityManager em, Instant asOf) {
        this.em = em;
        this.asOf = asOf;
    }

    /** Accounts of an account category to delete now (at most {@code max}). */
    public List<Account> accounts(RetentionCategory category, int max) {
        Instant cutoff = cutoff(category);
        var query =
                switch (category) {
                    case UNVERIFIED_REGISTRATION ->
                            em.createNamedQuery("Account.findUnverifiedBefore", Account.class);
                    case REJECTED_APPLICATION ->
                            em.createNamedQuery("Account.findRejectedBefore", Account.class);
                    case INACTIVE_ACCOUNT ->
                            em.createNamedQuery("Account.findInactiveToDelete", Account.class)
                                    .setParameter(
                                            "warnedBefore",
                                            asOf.minus(
                                                    Duration.ofDays(
                                                            RetentionCategory.WARNING_DAYS)));
                    default -> throw new IllegalArgumentException(category + " holds no accounts");
                };
        return query.setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    /**
     * Inactive accounts that reach the warning period and have not been warned since their last
     * login.
     */
    public List<Account> accountsToWarn() {
        Instant warnFrom =
                cutoff(RetentionCategory.INACTIVE_ACCOUNT)
                        .plus(Duration.ofDays(RetentionCategory.WARNING_DAYS));
        return em.createNamedQuery("Account.findInactiveToWarn", Account.class)
                .setParameter("cutoff", warnFrom)
                .getResultList();
    }

    public long countRecords(RetentionCategory category) {
        if (category == RetentionCategory.JOB_RECORD) {
            return ((Number)
                            em.createNativeQuery(
                                            "SELECT COUNT(*) FROM JOB_EXECUTION WHERE ENDTIME < ?1")
                                    .setParameter(1, java.sql.Timestamp.from(cutoff(category)))
                                    .getSingleResult())
                    .longValue();
        }
        String jpql =
                switch (category) {
                    case EXPIRED_LINK ->
                            "SELECT COUNT(t) FROM AccountToken t WHERE t.expiresAt < :cutoff";
                    case IMPORT_REPORT ->
                            "SELECT COUNT(r) FROM ImportRun r WHERE r.startedAt < :cutoff";
                    case NOTIFICATION ->
                            "SELECT COUNT(n) FROM Notification n WHERE n.createdAt < :cutoff";
                    case MESSAGE -> "SELECT COUNT(m) FROM Message m WHERE m.sentAt < :cutoff";
                    case SENT_MAIL ->
                            "SELECT COUNT(m) FROM OutboxMail m WHERE m.createdAt < :cutoff AND (m.sentAt IS NOT NULL OR m.failedAt IS NOT NULL)";
                    case AUDIT_EVENT ->
                            "SELECT COUNT(a) FROM AuditEntry a WHERE a.occurredAt < :cutoff";
                    case UPLOADED_FILE ->
                            "SELECT COUNT(f) FROM UploadedFile f WHERE f.uploadedAt < :cutoff";
                    default -> throw new IllegalArgumentException(category + " holds accounts");
                };
        return em.createQuery(jpql, Long.class)
                .setParameter("cutoff", cutoff(category))
                .getSingleResult();
    }

    /** Deletes up to {@code max} expired records of a record category; returns how many went. */
    public int deleteRecords(RetentionCategory category, int max) {
        if (category == RetentionCategory.JOB_RECORD) {
            return deleteJobRecords(cutoff(category), max);
        }
        Instant cutoff = cutoff(category);
        return switch (category) {
            case EXPIRED_LINK -> {
                List<String> ids =
                        em.createQuery(
                                        "SELECT t.tokenHash FROM AccountToken t WHERE t.expiresAt < :cutoff",
                                        String.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                yield ids.isEmpty()
                        ? 0
                        : em.createQuery("DELETE FROM AccountToken t WHERE t.tokenHash IN :ids")
                                .setParameter("ids", ids)
                                .executeUpdate();
            }
            case IMPORT_REPORT -> {
                List<Long> ids =
                        em.createQuery(
                                        "SELECT r.executionId FROM ImportRun r WHERE r.startedAt < :cutoff",
                                        Long.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                if (ids.isEmpty()) {
                    yield 0;
                }
                em.createQuery("DELETE FROM ImportProblem p WHERE p.executionId IN :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
                yield em.createQuery("DELETE FROM ImportRun r WHERE r.executionId IN :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
            }
            case NOTIFICATION -> {
                List<Long> ids =
                        em.createQuery(
                                        "SELECT n.id FROM Notification n WHERE n.createdAt < :cutoff",
                                        Long.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                yield ids.isEmpty()
                        ? 0
                        : em.createQuery("DELETE FROM Notification n WHERE n.id IN :ids")
                                .setParameter("ids", ids)
                                .executeUpdate();
            }
            case MESSAGE -> {
                List<Long> ids =
                        em.createQuery(
                                        "SELECT m.id FROM Message m WHERE m.sentAt < :cutoff",
                                        Long.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                yield ids.isEmpty()
                        ? 0
                        : em.createQuery("DELETE FROM Message m WHERE m.id IN :ids")
                                .setParameter("ids", ids)
                                .executeUpdate();
            }
            case SENT_MAIL -> {
                List<Long> ids =
                        em.createQuery(
                                        "SELECT m.id FROM OutboxMail m WHERE m.createdAt < :cutoff"
                                                + " AND (m.sentAt IS NOT NULL OR m.failedAt IS NOT NULL)",
                                        Long.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                yield ids.isEmpty()
                        ? 0
                        : em.createQuery("DELETE FROM OutboxMail m WHERE m.id IN :ids")
                                .setParameter("ids", ids)
                                .executeUpdate();
            }
            case UPLOADED_FILE -> {
                List<String> ids =
                        em.createQuery(
                                        "SELECT f.id FROM UploadedFile f WHERE f.uploadedAt < :cutoff",
                                        String.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                if (ids.isEmpty()) {
                    yield 0;
                }
                em.createQuery("DELETE FROM UploadChunk c WHERE c.fileId IN :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
                yield em.createQuery("DELETE FROM UploadedFile f WHERE f.id IN :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
            }
            case AUDIT_EVENT -> {
                List<Long> ids =
                        em.createQuery(
                                        "SELECT a.id FROM AuditEntry a WHERE a.occurredAt < :cutoff",
                                        Long.class)
                                .setParameter("cutoff", cutoff)
                                .setMaxResults(max)
                                .getResultList();
                yield ids.isEmpty()
                        ? 0
                        : em.createQuery("DELETE FROM AuditEntry a WHERE a.id IN :ids")
                                .setParameter("ids", ids)
                                .executeUpdate();
            }
            default -> throw new IllegalArgumentException(category + " holds accounts");
        };
    }

    /**
     * Ended job executions from before the cutoff, with (by the job repository's own cascades)
     * their steps and partitions; then job instances left without executions. JBeret's tables are
     * not JPA entities: named here, in SQL both H2 and PostgreSQL read.
     */
    private int deleteJobRecords(Instant cutoff, int max) {
        List<?> ids =
                em.createNativeQuery(
                                "SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE ENDTIME < ?1 ORDER BY JOBEXECUTIONID")
                        .setParameter(1, java.sql.Timestamp.from(cutoff))
                        .setMaxResults(max)
                        .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        String idList =
                ids.stream()
                        .map(id -> String.valueOf(((Number) id).longValue()))
                        .collect(java.util.stream.Collectors.joining(","));
        int deleted =
                em.createNativeQuery(
                                "DELETE FROM JOB_EXECUTION WHERE JOBEXECUTIONID IN ("
                                        + idList
                                        + ")")
                        .executeUpdate();
        em.createNativeQuery(
                        "DELETE FROM JOB_INSTANCE WHERE NOT EXISTS"
                                + " (SELECT 1 FROM JOB_EXECUTION e WHERE e.JOBINSTANCEID = JOB_INSTANCE.JOBINSTANCEID)")
                .executeUpdate();
        return deleted;
    }

    public static boolean holdsAccounts(RetentionCategory category) {
        return category == RetentionCategory.UNVERIFIED_REGISTRATION
                || category == RetentionCategory.REJECTED_APPLICATION
                || category == RetentionCategory.INACTIVE_ACCOUNT;
    }

    private Instant cutoff(RetentionCategory category) {
        return em.find(RetentionRule.class, category).cutoff(asOf);
    }
}
