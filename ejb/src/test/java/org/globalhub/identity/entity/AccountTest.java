package org.globalhub.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    static Account applicant() {
        return new Account(
                " Amina.Diallo@Police.Example ",
                new Applicant(
                        "Amina Diallo",
                        "National Police",
                        null,
                        "sn",
                        "+221 33 000 00 00",
                        "Cdt. Example",
                        "Triage of seized phones"),
                "hash",
                "1",
                NOW);
    }

    @Test
    void registrationNormalisesAndChecksWhatThePersonTyped() {
        Account account = applicant();
        assertEquals("amina.diallo@police.example", account.getEmail());
        assertEquals("police.example", account.emailDomain());
        assertEquals(AccountStatus.EMAIL_PENDING, account.getStatus());
        assertThrows(InvalidInputException.class, () -> Account.normaliseEmail("not-an-address"));
        assertThrows(
                InvalidInputException.class, () -> Account.normaliseEmail("a@b.example<script>"));
        assertThrows(
                InvalidInputException.class,
                () -> new Applicant("A", "B", null, "SN", "call me", "R", "P"));
        assertThrows(
                InvalidInputException.class,
                () -> new Applicant("A", "B", null, "SN", "+1 555 0100", "R", "x".repeat(2001)));
    }

    @Test
    void onlyVerifiedApplicationsAreVettedAndApprovalMakesAnAgent() {
        Account account = applicant();
        assertThrows(
                InvalidInputException.class,
                () -> account.approve("curator", NOW),
                "e-mail not verified yet");
        account.emailVerified(NOW);
        account.requestInformation("curator", "Which unit?", NOW);
        assertEquals(AccountStatus.INFO_REQUESTED, account.getStatus());
        account.approve("curator", NOW);
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertTrue(account.getRoles().contains("agent"));
        assertThrows(InvalidInputException.class, () -> account.reject("curator", "too late", NOW));
    }

    @Test
    void manyFailuresLockTheAccountForFifteenMinutes() {
        Account account = applicant();
        for (int i = 0; i < Account.MAX_FAILURES - 1; i++) {
            account.loginFailed(NOW);
        }
        assertFalse(account.isLocked(NOW));
        account.loginFailed(NOW);
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(16))));
    }

    @Test
    void triesDuringALockNeitherCountNorExtendIt() {
        Account account = applicant();
        for (int i = 0; i < Account.MAX_FAILURES; i++) {
            account.loginFailed(NOW);
        }
        for (int minute = 1; minute <= 14; minute++) {
            account.loginFailed(NOW.plus(Duration.ofMinutes(minute)));
        }
        assertFalse(
                account.isLocked(NOW.plus(Duration.ofMinutes(16))),
                "the lock ends 15 minutes after it began");
        account.loginFailed(NOW.plus(Duration.ofMinutes(16)));
        assertFalse(
                account.isLocked(NOW.plus(Duration.ofMinutes(16))),
                "and the tries during it were not counted");
    }

    @Test
    void aTotpStepIsAcceptedOnlyOnce() {
        Account account = applicant();
        assertTrue(account.acceptTotpStep(100));
        assertFalse(account.acceptTotpStep(100), "replayed");
        assertFalse(account.acceptTotpStep(99), "older");
        assertTrue(account.acceptTotpStep(101));
    }

    @Test
    void aNewAuthenticatorStartsItsOwnReplayGuardButNotTheOldOne() {
        Account account = applicant();
        account.startTotpEnrolment("OLDSECRET");
        account.completeTotpEnrolment();
        assertTrue(account.acceptTotpStep(200));
        account.startTotpEnrolment("NEWSECRET");
        assertFalse(account.acceptTotpStep(200), "the old app's step is still spent while pending");
        account.completeTotpEnrolment();
        assertTrue(account.acceptTotpStep(150), "the new app's codes were never seen");
        assertFalse(account.acceptTotpStep(150), "and are then guarded like any other");
    }

    @Test
    void reverificationIsDueAfterAYearAndSuspensionFollowsTheGracePeriod() {
        Account account = applicant();
        account.emailVerified(NOW);
        account.approve("curator", NOW);
        assertFalse(account.isDueForReverification(NOW.plus(Duration.ofDays(364))));
        assertTrue(account.isDueForReverification(NOW.plus(Duration.ofDays(366))));
        assertFalse(account.isPastGrace(NOW.plus(Duration.ofDays(390))));
        assertTrue(account.isPastGrace(NOW.plus(Duration.ofDays(400))));
        account.confirmStillServing(NOW.plus(Duration.ofDays(366)));
        assertFalse(account.isDueForReverification(NOW.plus(Duration.ofDays(400))));
    }

    @Test
    void theLoginTicketExpiresAfterFiveMinutesAndAFailureClearsIt() {
        Account account = applicant();
        account.passwordAccepted("h", NOW);
        assertTrue(account.holdsTicket("h", NOW.plus(Duration.ofMinutes(4))));
        assertFalse(account.holdsTicket("h", NOW.plus(Duration.ofMinutes(6))));
        assertFalse(account.holdsTicket("other", NOW));
        account.loginFailed(NOW);
        assertFalse(account.holdsTicket("h", NOW));
    }

    @Test
    void everyChangeThatMustEndSessionsChangesTheSecurityStamp() {
        Account account = applicant();
        account.emailVerified(NOW);
        account.approve("curator", NOW);
        long stamp = account.getSecurityStamp();
        account.loginFailed(NOW);
        account.confirmStillServing(NOW);
        assertEquals(stamp, account.getSecurityStamp(), "ordinary events keep sessions");
        account.grant("curator");
        account.revoke("curator");
        account.changePassword("other-hash");
        account.resetTotp();
        account.endAllSessions();
        account.suspend("left the service");
        assertEquals(stamp + 6, account.getSecurityStamp());
    }
}
