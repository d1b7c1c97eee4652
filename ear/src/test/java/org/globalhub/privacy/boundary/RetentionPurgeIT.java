package org.globalhub.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.MovableClock;
import org.globalhub.SmtpSink;
import org.globalhub.batch.retentionpurge.PurgeJobService;
import org.globalhub.identity.Roles;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.privacy.entity.PurgeAction;
import org.globalhub.privacy.entity.PurgeRun;
import org.globalhub.privacy.entity.RetentionCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention purge job in the real server: dry run against real run, expired against not yet
 * expired with the Hub's clock moved into the future (the tests' {@link MovableClock}), the
 * inactive-account warning and the erasure that keeps writings without the name, no overlapping
 * runs, the report, and the policy's bounds.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB PrivacyProbe probe;
    @EJB RetentionService retention;
    @EJB RetentionPurgeService purge;
    @EJB PurgeJobService jobs;
    @Inject MovableClock clock;

    @Inject org.globalhub.platform.upload.Uploads uploads;
    @EJB org.globalhub.identity.boundary.IdentityProbe identity;

    @BeforeEach
    void noOtherPurgeRuns() throws InterruptedException {
        for (int i = 0; i < 300 && As.user("admin", () -> jobs.isRunning()); i++) {
            Thread.sleep(100);
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Starts the job as the CLI would, now or with the Hub's clock {@code ahead}, waits for it,
     * returns its report.
     */
    private PurgeRun purge(boolean dryRun, Duration ahead, RetentionCategory... categories) {
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("startedBy", "purge-it");
        parameters.setProperty(
                "categories",
                String.join(",", java.util.Arrays.stream(categories).map(Enum::name).toList()));
        long id =
                clock.movedBy(
                        ahead == null ? Duration.ZERO : ahead,
                        () -> {
                            long started =
                                    BatchRuntime.getJobOperator()
                                            .start(PurgeJobService.JOB, parameters);
                            JobExecution execution = awaitEnd(started);
                            assertEquals(
                                    BatchStatus.COMPLETED,
                                    execution.getBatchStatus(),
                                    "exit status " + execution.getExitStatus());
                            assertTrue(
                                    execution
                                            .getExitStatus()
                                            .matches(
                                                    "[A-Z_]+: \\d+ records in \\d+ categories"
                                                            + "( \\(dry run: nothing deleted\\))?"),
                                    "the counts, for a purge started from the CLI: "
                                            + execution.getExitStatus());
                            return started;
                        });
        return As.user("admin", () -> retention.run(id));
    }

    private static JobExecution awaitEnd(long id) {
        for (int i = 0; i < 600; i++) {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
            BatchStatus status = execution.getBatchStatus();
            if (status == BatchStatus.COMPLETED
                    || status == BatchStatus.FAILED
                    || status == BatchStatus.STOPPED) {
                return execution;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("purge " + id + " did not end");
    }

    @Test
    void dryRunOnlyCountsAndARealRunDeletesWhatExpiredAtItsClockAndNothingElse() throws Exception {
        String unverified = probe.unverified(unique("unverified"));
        String rejected = probe.rejected(unique("rejected"));
        Duration in10Days = Duration.ofDays(10);
        long expected =
                probe.expiredAccounts("UNVERIFIED_REGISTRATION", Instant.now().plus(in10Days));
        assertTrue(expected >= 1);

        PurgeRun dry =
                purge(
                        true,
                        in10Days,
                        RetentionCategory.UNVERIFIED_REGISTRATION,
                        RetentionCategory.REJECTED_APPLICATION);
        assertTrue(dry.isDryRun());
        assertEquals(PurgeRun.COMPLETED, dry.getOutcome());
        assertEquals(
                expected,
                dry.countOf(RetentionCategory.UNVERIFIED_REGISTRATION, PurgeAction.DELETED));
        assertTrue(probe.exists(unverified), "a dry run deletes nothing");

        PurgeRun real =
                purge(
                        false,
                        in10Days,
                        RetentionCategory.UNVERIFIED_REGISTRATION,
                        RetentionCategory.REJECTED_APPLICATION);
        assertEquals(
                expected,
                real.countOf(RetentionCategory.UNVERIFIED_REGISTRATION, PurgeAction.DELETED));
        assertFalse(
                probe.exists(unverified),
                "7 days after registration an unconfirmed one has expired");
        assertTrue(probe.exists(rejected), "a rejected application is kept 90 days");

        purge(false, Duration.ofDays(91), RetentionCategory.REJECTED_APPLICATION);
        assertFalse(probe.exists(rejected), "91 days after the decision");
    }

    @Test
    void
            anInactivePersonIsWarnedFirstAndDeletedOnlyAMonthLaterAndTheirWritingsStayWithoutTheirName()
                    throws Exception {
        String name = unique("sleeper");
        String email = probe.activeWithWritings(name, 720);
        try (SmtpSink smtp = new SmtpSink(3025)) {
            PurgeRun warning = purge(false, null, RetentionCategory.INACTIVE_ACCOUNT);
            assertTrue(
                    warning.countOf(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.WARNED) >= 1);
            assertEquals(1, smtp.awaitMailsTo(email, 1).size(), "one warning mail");
            assertTrue(smtp.mailsTo(email).get(0).data().contains("/login.xhtml"));
        }
        assertNotNull(probe.warnedAt(email));
        assertTrue(probe.exists(email), "720 days: warned, not deleted");

        purge(false, Duration.ofDays(20), RetentionCategory.INACTIVE_ACCOUNT);
        assertTrue(probe.exists(email), "the 30 days after the warning are not over");

        PurgeRun deletion = purge(false, Duration.ofDays(31), RetentionCategory.INACTIVE_ACCOUNT);
        assertFalse(probe.exists(email));
        assertTrue(deletion.countOf(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.DELETED) >= 1);
        List<String> writers = probe.writersOf(name);
        assertEquals(2, writers.size(), "the feedback and the concern stay");
        assertTrue(
                writers.stream().allMatch(w -> w.startsWith("former-")),
                "detached from the person: " + writers);
        assertEquals(writers.get(0), writers.get(1), "one alias per erased person");
        assertEquals(0, probe.eventsBy(email), "no audit event names the person any more");
    }

    @Test
    void aPersonWhoLogsInAfterTheWarningIsNotDeleted() throws Exception {
        String email = probe.activeWithWritings(unique("returning"), 720);
        try (SmtpSink smtp = new SmtpSink(3025)) {
            purge(false, null, RetentionCategory.INACTIVE_ACCOUNT);
        }
        probe.age(email, 0); // the person logged in today
        purge(false, Duration.ofDays(31), RetentionCategory.INACTIVE_ACCOUNT);
        assertTrue(probe.exists(email));
    }

    @Test
    void auditEventsGoWhenTheirPeriodEnds() throws Exception {
        long old = probe.auditEvent("probe.old", 800);
        long recent = probe.auditEvent("probe.recent", 10);
        long expected = probe.expiredRecords("AUDIT_EVENT", Instant.now());
        PurgeRun report = purge(false, null, RetentionCategory.AUDIT_EVENT);
        assertEquals(expected, report.countOf(RetentionCategory.AUDIT_EVENT, PurgeAction.DELETED));
        assertFalse(probe.auditExists(old));
        assertTrue(probe.auditExists(recent));
    }

    @Test
    void sentAndFailedMailGoAfterItsPeriodButQueuedMailStays() throws Exception {
        long sentLongAgo = probe.outboxMail("sent", 400);
        long failedLongAgo = probe.outboxMail("failed", 400);
        long sentRecently = probe.outboxMail("sent", 10);
        // Still to be sent after a year: the dispatcher's to deliver or give up, not the purge's.
        long queuedLongAgo = probe.outboxMail("queued", 400);
        try {
            PurgeRun report = purge(false, null, RetentionCategory.SENT_MAIL);
            assertTrue(report.countOf(RetentionCategory.SENT_MAIL, PurgeAction.DELETED) >= 2);
            assertFalse(probe.outboxMailExists(sentLongAgo));
            assertFalse(probe.outboxMailExists(failedLongAgo));
            assertTrue(probe.outboxMailExists(sentRecently), "within its period");
            assertTrue(probe.outboxMailExists(queuedLongAgo), "mail still to be sent is kept");
        } finally {
            probe.deleteOutboxMail(queuedLongAgo);
            probe.deleteOutboxMail(sentRecently);
        }
    }

    @Test
    void aPurgeNeverOverlapsAnother() throws Exception {
        long otherRun = Long.MAX_VALUE - 7;
        assertTrue(
                As.user("admin", () -> purge.acquireLease(otherRun)),
                "another run (on another node, say) holds the lease");
        try {
            PurgeRun skipped = purge(true, null);
            assertEquals(PurgeRun.OVERLAP, skipped.getOutcome());
            assertTrue(skipped.getCounts().isEmpty(), "it did nothing");
        } finally {
            As.user(
                    "admin",
                    () -> {
                        purge.releaseLease(otherRun);
                        return null;
                    });
        }
        PurgeRun next = purge(true, null);
        assertEquals(PurgeRun.COMPLETED, next.getOutcome());
        assertEquals(
                RetentionCategory.values().length + 1,
                next.getCounts().size(),
                "a line per category (and warnings)");
    }

    @Test
    void administratorsChangePeriodsOnlyWithinBoundsAndEveryChangeIsRecorded() {
        var rule =
                retention.policy().stream()
                        .filter(r -> r.getCategory() == RetentionCategory.IMPORT_REPORT)
                        .findFirst()
                        .orElseThrow();
        InvalidInputException tooShort =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                As.user(
                                        "admin",
                                        () -> {
                                            retention.change("IMPORT_REPORT", 5, rule.getVersion());
                                            return null;
                                        }));
        assertEquals("retention.outOfBounds", tooShort.messageKey());
        assertThrows(
                InvalidInputException.class,
                () ->
                        As.user(
                                "admin",
                                () -> {
                                    retention.change("IMPORT_REPORT", 400, rule.getVersion() - 1);
                                    return null;
                                }),
                "a stale version is refused");
        As.user(
                "admin",
                () -> {
                    retention.change("IMPORT_REPORT", rule.getDays() + 1, rule.getVersion());
                    return null;
                });
        var changed =
                retention.policy().stream()
                        .filter(r -> r.getCategory() == RetentionCategory.IMPORT_REPORT)
                        .findFirst()
                        .orElseThrow();
        assertEquals(rule.getDays() + 1, changed.getDays());
        assertEquals("admin", changed.getChangedBy());
        As.user(
                "admin",
                () -> {
                    retention.change("IMPORT_REPORT", rule.getDays(), changed.getVersion());
                    return null;
                });
    }

    @Test
    void aRunWithAnUnknownCategoryFailsBeforeTouchingAnything() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("categories", "NOT_A_CATEGORY");
        long id = BatchRuntime.getJobOperator().start(PurgeJobService.JOB, parameters);
        assertEquals(BatchStatus.FAILED, awaitEnd(id).getBatchStatus());
        assertThrows(
                Exception.class,
                () -> As.user("admin", () -> retention.run(id)),
                "no report: it never began");
    }

    @Test
    void aPurgeCutOffByACrashIsClosedAsInterruptedAndNeverStopsLaterPurges() throws Exception {
        long killed = Long.MAX_VALUE - 11;
        probe.purgeCutOff(killed, 1, "another-node");
        assertTrue(
                As.user("admin", () -> jobs.isRunning()),
                "its lease has not run out yet: it may still run on its node");
        assertEquals(
                "retention.running",
                assertThrows(
                                InvalidInputException.class,
                                () -> As.user("admin", () -> jobs.start(true)))
                        .messageKey());

        clock.movedBy(
                RetentionPurgeService.LEASE,
                () -> {
                    assertFalse(
                            As.user("admin", () -> jobs.isRunning()),
                            "a lease that ran out belongs to a run that was cut off");
                    long next = As.user("admin", () -> jobs.start(true));
                    assertEquals(BatchStatus.COMPLETED, awaitEnd(next).getBatchStatus());
                    return next;
                });
        assertEquals(
                PurgeRun.INTERRUPTED,
                probe.outcomeOf(killed),
                "closed, with a reason, in the report");
        assertTrue(
                As.user("admin", () -> jobs.runs()).stream()
                        .anyMatch(
                                v ->
                                        v.report().getExecutionId() == killed
                                                && v.batchStatus().equals(PurgeRun.INTERRUPTED)));
    }

    @Test
    void aServerThatStartsAgainClosesThePurgeItWasRunningAtOnce() {
        long killed = Long.MAX_VALUE - 12;
        probe.purgeCutOff(killed, 0, System.getProperty("jboss.node.name", "hub"));
        assertEquals(List.of(killed), As.user("admin", () -> purge.closeInterrupted(true)));
        assertEquals(PurgeRun.INTERRUPTED, probe.outcomeOf(killed));
        assertFalse(As.user("admin", () -> jobs.isRunning()));
    }

    @Test
    void theJobRepositoryNamesWhoStartedARunByAccountIdNeverByAddress() {
        String admin = "ownadmin@police.example";
        long id = identity.activeWithRoles(admin, Roles.ADMINISTRATOR);
        long run = As.user(admin, () -> jobs.start(true));
        assertEquals(
                "account-" + id,
                BatchRuntime.getJobOperator().getParameters(run).getProperty("startedBy"),
                "the job repository keeps parameters for ever, and cannot be erased: no e-mail address in it");
        assertEquals(BatchStatus.COMPLETED, awaitEnd(run).getBatchStatus());
        assertEquals(
                admin,
                As.user("admin", () -> retention.run(run)).getStartedBy(),
                "the Hub's own report names the address, which erasure replaces by an alias");
    }

    @Test
    void uploadedFilesLeaveTheDatabaseWhenTheirPeriodEnds() {
        String id =
                uploads.store(
                        "tools.csv",
                        "test",
                        new java.io.ByteArrayInputStream(new byte[] {'k', '\n'}),
                        100,
                        "import.tooBig",
                        "import.empty");
        purge(false, Duration.ofDays(29), RetentionCategory.UPLOADED_FILE);
        assertTrue(uploads.find(id) != null, "kept within the 30 days of the default policy");
        PurgeRun report = purge(false, Duration.ofDays(31), RetentionCategory.UPLOADED_FILE);
        assertTrue(report.countOf(RetentionCategory.UPLOADED_FILE, PurgeAction.DELETED) >= 1);
        assertTrue(uploads.find(id) == null, "the file and its chunks are gone");
    }

    @Test
    void endedRunsLeaveTheJobRepositoryWhenTheirPeriodEnds() {
        long old = probe.jobRecord(RetentionCategory.JOB_RECORD.getMaxDays() + 5);
        long recent = probe.jobRecord(1);
        PurgeRun report = purge(false, null, RetentionCategory.JOB_RECORD);
        assertTrue(report.countOf(RetentionCategory.JOB_RECORD, PurgeAction.DELETED) >= 1);
        assertFalse(probe.jobRecordExists(old), "the run, its parameters and its steps are gone");
        assertTrue(probe.jobRecordExists(recent), "a run that ended yesterday stays");
    }
}
