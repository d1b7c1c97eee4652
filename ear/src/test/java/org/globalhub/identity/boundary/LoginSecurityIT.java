package org.globalhub.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.MovableClock;
import org.globalhub.OutboxProbe;
import org.globalhub.identity.control.LoginThrottle;
import org.globalhub.identity.control.SecretsAtRest;
import org.globalhub.identity.control.Totp;
import org.globalhub.identity.control.WrongPasswords;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules against guessing and replay, in the real server with the real transactions. */
@ExtendWith(ArquillianExtension.class)
class LoginSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB IdentityProbe probe;
    @EJB LoginService login;
    @EJB RegistrationService registration;
    @EJB AccountService accounts;
    @EJB PasswordResetService reset;
    @EJB AccountSecurityService security;
    @EJB org.globalhub.privacy.boundary.MyDataService myData;
    @Inject MovableClock clock;
    @EJB OutboxProbe outbox;
    @EJB SecretsAtRest secretsAtRest;

    private static String name() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String source() {
        return "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void fiveWrongPasswordsLockThatAddressOutOfTheAccountWhileThePersonStillLogsInFromElsewhere() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        String source = source();
        for (int i = 0; i < 5; i++) {
            LoginFailedException e =
                    assertThrows(
                            LoginFailedException.class,
                            () -> login.checkPassword(email, "wrong password here", source));
            assertEquals("login.failed", e.messageKey());
        }
        LoginFailedException locked =
                assertThrows(
                        LoginFailedException.class,
                        () -> login.checkPassword(email, IdentityProbe.PASSWORD, source));
        assertEquals(
                "login.failed",
                locked.messageKey(),
                "nothing tells a guesser the account exists or is locked");
        assertTrue(
                login.checkPassword(email, IdentityProbe.PASSWORD, source()).ticket() != null,
                "whoever guessed from one address cannot keep the colleague out");
        assertThrows(
                LoginFailedException.class,
                () ->
                        login.checkPassword(
                                "nobody-" + name() + "@x.example", "whatever it is", source()));
    }

    @Test
    void aSuccessClearsOnlyItsOwnCountSoOneValidAccountDoesNotLetSprayingGoOn() {
        String victim = probe.activeAgent(name(), Totp.newSecret());
        String sprayer = probe.activeAgent(name(), Totp.newSecret());
        String source = source();
        for (int i = 0; i < 4; i++) {
            assertThrows(
                    LoginFailedException.class,
                    () -> login.checkPassword(victim, "wrong password here", source));
        }
        assertTrue(login.checkPassword(sprayer, IdentityProbe.PASSWORD, source).ticket() != null);
        assertThrows(
                LoginFailedException.class,
                () -> login.checkPassword(victim, "wrong password again", source));
        assertThrows(
                LoginFailedException.class,
                () -> login.checkPassword(victim, IdentityProbe.PASSWORD, source),
                "the fifth failure from this address locked it out of the victim's account");
    }

    @Test
    void aBlockedAddressIsRefusedBeforeAnyPasswordIsCheckedAndItsTriesDoNotCount() {
        String source = source();
        probe.failuresFrom(source, 99);
        assertThrows(
                LoginFailedException.class,
                () ->
                        login.checkPassword(
                                "ghost-" + name() + "@x.example", "whatever it is", source));
        String email = probe.activeAgent(name(), Totp.newSecret());
        for (int i = 0; i < 10; i++) {
            assertThrows(
                    LoginFailedException.class,
                    () -> login.checkPassword(email, IdentityProbe.PASSWORD, source));
        }
        assertEquals(
                List.of("source blocked"),
                probe.failureReasonsFor(email, source).stream().distinct().toList(),
                "refused at the door: the account was never looked at");
        assertTrue(
                login.checkPassword(email, IdentityProbe.PASSWORD, source()).ticket() != null,
                "another source gets in");
        assertTrue(
                login.checkPassword(email, IdentityProbe.PASSWORD, "2001:db8:1:2::7").ticket()
                        != null);
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        for (int i = 0; i < 5; i++) {
            String address = "2001:db8:aa:" + (i + 1) + "::" + Integer.toHexString(100 + i);
            String sameNetwork = "2001:db8:aa:" + (i + 1) + ":ffff::1";
            assertThrows(
                    LoginFailedException.class,
                    () -> login.checkPassword(email, "wrong password here", address));
            assertTrue(
                    login.checkPassword(email, IdentityProbe.PASSWORD, sameNetwork).ticket()
                            != null);
        }
        String network = "2001:db8:bb:1:";
        for (int i = 0; i < 5; i++) {
            String address = network + ":" + Integer.toHexString(i + 1);
            assertThrows(
                    LoginFailedException.class,
                    () -> login.checkPassword(email, "wrong password here", address));
        }
        assertThrows(
                LoginFailedException.class,
                () -> login.checkPassword(email, IdentityProbe.PASSWORD, network + "abcd::9"),
                "five addresses of one /64 network are one source");
    }

    @Test
    void totpSeedsAreSealedInTheDatabaseAndSeedsFromBeforeAreSealedByTheStartUpPass() {
        String secret = Totp.newSecret();
        String email = probe.activeAgent(name(), secret);
        String stored = probe.storedTotpSecret(email);
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret), "the database never holds the seed in clear");

        probe.storeClearTotpSecret(email, secret);
        assertTrue(As.user("admin", () -> secretsAtRest.sealAll()) >= 1);
        assertTrue(probe.storedTotpSecret(email).startsWith("v1:"));
        LoginTicket ticket = login.checkPassword(email, IdentityProbe.PASSWORD, source());
        assertEquals(
                email,
                login.completeLogin(
                                ticket.ticket(),
                                Totp.code(secret, Totp.step(Instant.now())),
                                source())
                        .email(),
                "the re-sealed seed still gives the person's codes");
    }

    @Test
    void aSeedNoKeyHereOpensFailsOnlyThatPersonsSecondStepAndStaysAsItWas() {
        String secret = Totp.newSecret();
        String email = probe.activeAgent(name(), secret);
        String foreign =
                new org.globalhub.platform.SecretCipher("ab".repeat(32), null).seal(secret);
        probe.storeRawTotpSecret(email, foreign);
        assertTrue(
                As.user("admin", () -> secretsAtRest.sealAll()) >= 0,
                "the start-up pass skips it instead of failing the deployment");
        assertEquals(foreign, probe.storedTotpSecret(email), "never cleared nor overwritten");
        LoginTicket ticket = login.checkPassword(email, IdentityProbe.PASSWORD, source());
        assertThrows(
                LoginFailedException.class,
                () ->
                        login.completeLogin(
                                ticket.ticket(),
                                Totp.code(secret, Totp.step(Instant.now())),
                                source()),
                "no code matches a seed this server cannot open");
        assertEquals(foreign, probe.storedTotpSecret(email), "still as it was after the login");
    }

    @Test
    void aTotpCodeWorksOnceAndTheTicketOnlyOnce() {
        String secret = Totp.newSecret();
        String email = probe.activeAgent(name(), secret);
        String code = Totp.code(secret, Totp.step(Instant.now()));
        LoginTicket ticket = login.checkPassword(email, IdentityProbe.PASSWORD, source());
        SignedIn signedIn = login.completeLogin(ticket.ticket(), code, source());
        assertEquals(email, signedIn.email());
        assertTrue(signedIn.roles().contains("agent"));

        assertThrows(
                LoginFailedException.class,
                () -> login.completeLogin(ticket.ticket(), code, source()),
                "ticket used");
        LoginTicket again = login.checkPassword(email, IdentityProbe.PASSWORD, source());
        assertThrows(
                LoginFailedException.class,
                () -> login.completeLogin(again.ticket(), code, source()),
                "code replayed");
        assertThrows(
                LoginFailedException.class,
                () -> login.completeLogin("forged-ticket", code, source()));
    }

    @Test
    void expiredAndReusedLinksAreRefused() {
        String token = probe.expiredVerificationLink(name());
        InvalidInputException expired =
                assertThrows(InvalidInputException.class, () -> registration.verifyEmail(token));
        assertEquals("error.link", expired.messageKey());
        assertThrows(InvalidInputException.class, () -> registration.verifyEmail("made-up"));
        assertThrows(InvalidInputException.class, () -> registration.verifyEmail("x".repeat(5000)));
    }

    @Test
    void aSuspendedAccountCannotLogInAndReinstatementNeedsACurator() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        long id = probe.idOf(email);
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> As.agent(() -> accounts.suspend(id, "test")));
        As.curator(() -> accounts.suspend(id, "Left the police"));
        assertEquals(AccountStatus.SUSPENDED, probe.statusOf(email));
        AccountNotActiveException refused =
                assertThrows(
                        AccountNotActiveException.class,
                        () -> login.checkPassword(email, IdentityProbe.PASSWORD, source()));
        assertEquals("login.status.SUSPENDED", refused.messageKey());
        As.curator(() -> accounts.reinstate(id, "Confirmed by the agency"));
        assertTrue(login.checkPassword(email, IdentityProbe.PASSWORD, source()).ticket() != null);
    }

    @Test
    void aResetLinkChangesThePasswordOnceAndTheSecondFactorIsStillAsked() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        String token = probe.resetLink(email);
        InvalidInputException common =
                assertThrows(
                        InvalidInputException.class,
                        () -> reset.resetPassword(token, "password1234", "password1234"));
        assertEquals("error.password.common", common.messageKey());
        reset.resetPassword(token, "new lantern orbit seven", "new lantern orbit seven");
        assertEquals(
                "error.link",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        reset.resetPassword(
                                                token,
                                                "another fine phrase here",
                                                "another fine phrase here"))
                        .messageKey(),
                "the link works once");
        assertThrows(
                LoginFailedException.class,
                () -> login.checkPassword(email, IdentityProbe.PASSWORD, source()));
        LoginTicket ticket = login.checkPassword(email, "new lantern orbit seven", source());
        assertEquals(false, ticket.mustEnrol(), "the authenticator stays; its code is still asked");
        reset.requestReset(
                "nobody-" + name() + "@x.example", "en", source()); // the same quiet answer
    }

    /**
     * Regression: the current-password checks inside a session (security page, erasure) had no
     * limit, each guess cost a full hash, and the wrong tries were not even kept (the refusal
     * rolled their audit entry back).
     */
    @Test
    void wrongCurrentPasswordsInASessionAreLimitedPerAccountAndKept() {
        String email = "tries@police.example";
        long id = probe.activeWithRoles(email);
        for (int i = 0; i < WrongPasswords.LIMIT; i++) {
            assertEquals(
                    "security.wrongPassword",
                    assertThrows(
                                    InvalidInputException.class,
                                    () ->
                                            As.user(
                                                    email,
                                                    () -> security.startNewAuthenticator("guess")))
                            .messageKey());
        }
        assertEquals(
                WrongPasswords.LIMIT,
                probe.securityEventsOn(id).stream()
                        .filter(e -> e.startsWith("security.wrongPassword"))
                        .count(),
                "every wrong try is kept, although each was refused");
        assertEquals(
                "security.tooManyTries",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                email,
                                                () ->
                                                        security.startNewAuthenticator(
                                                                IdentityProbe.PASSWORD)))
                        .messageKey(),
                "then not even the right password is checked");
        assertEquals(
                "security.tooManyTries",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                email,
                                                () -> {
                                                    myData.eraseMyAccount(IdentityProbe.PASSWORD);
                                                    return null;
                                                }))
                        .messageKey(),
                "the erasure's password check counts the same tries");
        assertTrue(
                clock.movedBy(
                                WrongPasswords.WINDOW.plusMinutes(1),
                                () ->
                                        As.user(
                                                email,
                                                () ->
                                                        security.startNewAuthenticator(
                                                                IdentityProbe.PASSWORD)))
                        != null,
                "after the window the right password works again");
    }

    /** Regression: a password changed on the security page left open reset links valid. */
    @Test
    void aPasswordChangedOnTheSecurityPageKillsOpenResetLinks() {
        String email = "pwchange@police.example";
        probe.activeWithRoles(email);
        String link = probe.resetLink(email);
        As.user(
                email,
                () ->
                        security.changePassword(
                                IdentityProbe.PASSWORD,
                                "copper meadow ninety kites",
                                "copper meadow ninety kites",
                                null));
        assertEquals(
                "error.link",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        reset.resetPassword(
                                                link,
                                                "another fine phrase here",
                                                "another fine phrase here"))
                        .messageKey(),
                "a reset mail sent before the change is no way in after it");
    }

    @Test
    void aSuccessfulResetKillsEveryOtherOpenLinkOfTheAccount() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        String older = probe.resetLink(email);
        String newer = probe.resetLink(email);
        reset.resetPassword(newer, "new lantern orbit seven", "new lantern orbit seven");
        assertEquals(
                "error.link",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        reset.resetPassword(
                                                older,
                                                "another fine phrase here",
                                                "another fine phrase here"))
                        .messageKey(),
                "an older reset mail is no way in once the password was reset");
        assertTrue(
                login.checkPassword(email, "new lantern orbit seven", source()).ticket() != null);
    }

    private static Registration applicant(String email) {
        return new Registration(
                "Test Person",
                "Test Police",
                null,
                "FR",
                email,
                "+33 1 00 00 00 00",
                "Test referee",
                "Tests",
                "quiet harbour seven lanterns",
                "quiet harbour seven lanterns",
                true,
                "en");
    }

    @Test
    void registrationAndResetDoTheSameWorkWhetherTheAddressHasAnAccountOrNot() {
        String email = name() + "@police.example";
        Registration form = applicant(email);
        registration.register(form, source());
        registration.register(form, source());
        assertEquals(
                List.of("verify", "accountExists"),
                outbox.mailKindsTo(email),
                "the second registration is answered alike, and the owner is told by mail instead");

        String stranger = "nobody-" + name() + "@x.example";
        String agent = probe.activeAgent(name(), Totp.newSecret());
        reset.requestReset(stranger, "fr", source());
        reset.requestReset(agent, "en", source());
        assertEquals(List.of("resetUnknown"), outbox.mailKindsTo(stranger));
        assertEquals(List.of("reset"), outbox.mailKindsTo(agent));
    }

    @Test
    void oneSourceMakesALimitedNumberOfRegistrationAndResetRequestsWhateverTheAddresses() {
        String source = "2001:db8:" + (int) (Math.random() * 9000 + 1000) + ":1::7";
        String neighbour = source.replace("::7", "::8"); // the same /64 network
        for (int i = 0; i < LoginThrottle.REQUEST_LIMIT; i++) {
            reset.requestReset("someone-" + i + "-" + name() + "@x.example", "en", source);
        }
        assertEquals(
                "error.tooManyRequests",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        reset.requestReset(
                                                "another-" + name() + "@x.example",
                                                "en",
                                                neighbour))
                        .messageKey());
        Registration form = applicant("limited-" + name() + "@police.example");
        assertEquals(
                "error.tooManyRequests",
                assertThrows(InvalidInputException.class, () -> registration.register(form, source))
                        .messageKey(),
                "registration counts with reset");
        assertEquals(
                List.of(),
                outbox.mailKindsTo("another-" + name() + "@x.example"),
                "a refused request queues no mail");
        registration.register(form, source()); // another source is not held up
        assertEquals(List.of("verify"), outbox.mailKindsTo(form.email()));
    }

    @Test
    void strangersCannotMakeTheHubFloodAnAddress() {
        String stranger = "flooded-" + name() + "@x.example";
        for (int i = 0; i < 10; i++) {
            reset.requestReset(stranger, "en", source());
        }
        assertEquals(
                org.globalhub.platform.mail.Outbox.LIMITED_PER_HOUR,
                outbox.mailKindsTo(stranger).size());
    }
}
