package org.globalhub.privacy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.Applicant;

/**
 * Test-only bean (deployed by the ITs, never shipped): people and records of known age for the
 * purge tests.
 */
@Stateless
@PermitAll
public class PrivacyProbe {

    public static final String PASSWORD = "amber canal forty lanterns";

    @PersistenceContext EntityManager em;

    /** A registration whose e-mail was never confirmed, made now. */
    public String unverified(String name) {
        Account account = account(name);
        em.persist(account);
        return account.getEmail();
    }

    /** An application a curator rejected now. */
    public String rejected(String name) {
        Account account = account(name);
        account.emailVerified(Instant.now());
        account.reject("curator", "Not law enforcement", Instant.now());
        em.persist(account);
        return account.getEmail();
    }

    /**
     * An active agent with a feedback and a concern on a published tool, last active {@code
     * daysAgo} days ago.
     */
    public String activeWithWritings(String name, int daysAgo) {
        Account account = account(name);
        account.emailVerified(Instant.now());
        account.approve("curator", Instant.now());
        em.persist(account);
        Tool tool =
                em.createQuery(
                                "SELECT t FROM Tool t WHERE t.status = :published ORDER BY t.id",
                                Tool.class)
                        .setParameter("published", ToolStatus.PUBLISHED)
                        .setMaxResults(1)
                        .getSingleResult();
        em.persist(
                new Feedback(
                        tool,
                        account.getEmail(),
                        4,
                        "Helped us sort a seized phone. " + name,
                        Instant.now()));
        em.persist(
                new Concern(
                        tool,
                        account.getEmail(),
                        ConcernReason.OTHER,
                        "Concern by " + name,
                        null,
                        Instant.now()));
        em.persist(
                new AuditEntry(
                        Instant.now(),
                        account.getEmail(),
                        "login.success",
                        "Account",
                        String.valueOf(account.getId()),
                        null));
        em.flush();
        age(account.getEmail(), daysAgo);
        return account.getEmail();
    }

    /** Makes an account's last sign of life {@code daysAgo} days old. */
    public void age(String email, int daysAgo) {
        em.createNativeQuery(
                        "UPDATE account SET last_active_at = ?1, created_at = ?1 WHERE email = ?2")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo))))
                .setParameter(2, email)
                .executeUpdate();
    }

    public boolean exists(String email) {
        return !em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty();
    }

    public Instant warnedAt(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getInactivityWarnedAt();
    }

    /** Authors of the feedback and reporters of the concerns whose text mentions {@code marker}. */
    public List<String> writersOf(String marker) {
        List<String> writers =
                new java.util.ArrayList<>(
                        em.createQuery(
                                        "SELECT f.author FROM Feedback f WHERE f.comment LIKE :m",
                                        String.class)
                                .setParameter("m", "%" + marker)
                                .getResultList());
        writers.addAll(
                em.createQuery(
                                "SELECT c.reporter FROM Concern c WHERE c.details LIKE :m",
                                String.class)
                        .setParameter("m", "%" + marker)
                        .getResultList());
        return writers;
    }

    public long eventsBy(String actor) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = :actor", Long.class)
                .setParameter("actor", actor)
                .getSingleResult();
    }

    /** An audit event {@code daysAgo} days old; returns its id. */
    public long auditEvent(String action, int daysAgo) {
        AuditEntry entry =
                new AuditEntry(
                        Instant.now().minus(Duration.ofDays(daysAgo)),
                        "probe",
                        action,
                        "Probe",
                        "-",
                        null);
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    /**
     * A mail of the outbox created {@code daysAgo} days ago, to an address that is no one's: "sent"
     * or "failed" (then sent, or given up after its last attempt, that day), or "queued" (still to
     * be sent: its next attempt a minute from now, so that the dispatcher leaves it during a test);
     * returns its id.
     */
    public long outboxMail(String state, int daysAgo) {
        Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
        var mail =
                new org.globalhub.platform.mail.OutboxMail(
                        "nobody-" + java.util.UUID.randomUUID() + "@example.org",
                        "probe",
                        "Probe",
                        "A probe's mail.",
                        at);
        switch (state) {
            case "sent" -> mail.sent(at);
            case "failed" -> {
                while (mail.isPending()) {
                    mail.failed("probe", at);
                }
            }
            default -> mail.failed("probe", Instant.now());
        }
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    public void deleteOutboxMail(long id) {
        var mail = em.find(org.globalhub.platform.mail.OutboxMail.class, id);
        if (mail != null) {
            em.remove(mail);
        }
    }

    public boolean outboxMailExists(long id) {
        return em.find(org.globalhub.platform.mail.OutboxMail.class, id) != null;
    }

    public boolean auditExists(long id) {
        return em.find(AuditEntry.class, id) != null;
    }

    /**
     * How many accounts the given category would delete at {@code asOf}: the figure a report must
     * show.
     */
    public long expiredAccounts(String category, Instant asOf) {
        return new org.globalhub.privacy.control.ExpiredData(em, asOf)
                .accounts(
                        org.globalhub.privacy.entity.RetentionCategory.valueOf(category),
                        Integer.MAX_VALUE)
                .size();
    }

    public long expiredRecords(String category, Instant asOf) {
        return new org.globalhub.privacy.control.ExpiredData(em, asOf)
                .countRecords(org.globalhub.privacy.entity.RetentionCategory.valueOf(category));
    }

    private static Account account(String name) {
        return new Account(
                name + "@police.example",
                new Applicant(
                        "Test " + name,
                        "Test Police",
                        null,
                        "FR",
                        "+33 1 00 00 00 00",
                        "Test referee",
                        "Tests"),
                PasswordHasher.hash(PASSWORD.toCharArray()),
                "1",
                Instant.now());
    }

    /**
     * What a purge killed mid-run leaves behind: its report without an outcome and the lease in its
     * name, taken {@code minutesAgo} and not renewed since (on {@code node}).
     */
    public void purgeCutOff(long executionId, int minutesAgo, String node) {
        Instant then = Instant.now().minus(java.time.Duration.ofMinutes(minutesAgo));
        em.persist(
                new org.globalhub.privacy.entity.PurgeRun(
                        executionId, false, then, "purge-it", then));
        em.createNativeQuery(
                        "UPDATE purge_lease SET holder = ?1, expires_at = ?2, holder_node = ?3 WHERE id = 1")
                .setParameter(1, executionId)
                .setParameter(2, java.sql.Timestamp.from(then.plus(RetentionPurgeService.LEASE)))
                .setParameter(3, node)
                .executeUpdate();
    }

    public String outcomeOf(long executionId) {
        return em.find(org.globalhub.privacy.entity.PurgeRun.class, executionId).getOutcome();
    }

    /**
     * Every persistent attribute of every entity and embeddable (the JPA metamodel) that is not
     * classified as personal ({@code @PersonalData}) or not ({@code @NotPersonal}), or is
     * classified wrongly: one line each.
     */
    public List<String> unclassifiedFields() {
        List<String> wrong = new java.util.ArrayList<>();
        for (jakarta.persistence.metamodel.ManagedType<?> type :
                em.getMetamodel().getManagedTypes()) {
            Class<?> owner = type.getJavaType();
            boolean wholeClassNotPersonal =
                    owner.isAnnotationPresent(org.globalhub.platform.personal.NotPersonal.class);
            for (jakarta.persistence.metamodel.Attribute<?, ?> attribute :
                    type.getDeclaredAttributes()) {
                String name = owner.getSimpleName() + "." + attribute.getName();
                if (!(attribute.getJavaMember() instanceof java.lang.reflect.Field field)) {
                    wrong.add(name + ": not a field");
                    continue;
                }
                var personal =
                        field.getAnnotation(org.globalhub.platform.personal.PersonalData.class);
                boolean notPersonal =
                        wholeClassNotPersonal
                                || field.isAnnotationPresent(
                                        org.globalhub.platform.personal.NotPersonal.class);
                if (personal == null && !notPersonal) {
                    wrong.add(name + ": neither @PersonalData nor @NotPersonal");
                } else if (personal != null && notPersonal) {
                    wrong.add(name + ": both personal and not");
                } else if (personal != null
                        && (personal.erasure()
                                        == org.globalhub.platform.personal.PersonalData.Erasure
                                                .ALIASED
                                || personal.erasure()
                                        == org.globalhub.platform.personal.PersonalData.Erasure
                                                .KEPT_WITHOUT_AUTHOR)
                        && personal.keptBecause().isBlank()) {
                    wrong.add(name + ": kept under an alias without a reason");
                }
            }
        }
        return wrong;
    }

    /**
     * A finished run in the batch job repository (JBeret's tables), ended {@code daysAgo}; returns
     * its execution id.
     */
    public long jobRecord(int daysAgo) {
        long id = 9_000_000_000L + new java.security.SecureRandom().nextInt(1_000_000_000);
        java.sql.Timestamp ended =
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(daysAgo)));
        em.createNativeQuery(
                        "INSERT INTO JOB_INSTANCE (JOBINSTANCEID, VERSION, JOBNAME, APPLICATIONNAME) VALUES (?1, 1, 'probe', 'hub')")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO JOB_EXECUTION (JOBEXECUTIONID, JOBINSTANCEID, VERSION, CREATETIME, STARTTIME, ENDTIME,"
                                + " LASTUPDATEDTIME, BATCHSTATUS, EXITSTATUS, JOBPARAMETERS) VALUES (?1, ?1, 1, ?2, ?2, ?2, ?2, 'COMPLETED',"
                                + " 'COMPLETED', 'startedBy=account-1')")
                .setParameter(1, id)
                .setParameter(2, ended)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO STEP_EXECUTION (STEPEXECUTIONID, JOBEXECUTIONID, VERSION, STEPNAME, BATCHSTATUS)"
                                + " VALUES (?1, ?1, 1, 'probe', 'COMPLETED')")
                .setParameter(1, id)
                .executeUpdate();
        return id;
    }

    public boolean jobRecordExists(long executionId) {
        return ((Number)
                                        em.createNativeQuery(
                                                        "SELECT COUNT(*) FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?1")
                                                .setParameter(1, executionId)
                                                .getSingleResult())
                                .longValue()
                        + ((Number)
                                        em.createNativeQuery(
                                                        "SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?1")
                                                .setParameter(1, executionId)
                                                .getSingleResult())
                                .longValue()
                > 0;
    }
}
