package org.globalhub.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.identity.control.Totp;
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
        return HubDeployment.withTests(LoginSecurityIT.class, IdentityProbe.class);
    }

    @EJB
    IdentityProbe probe;
    @EJB
    LoginService login;
    @EJB
    RegistrationService registration;
    @EJB
    AccountService accounts;
    @EJB
    PasswordResetService reset;

    private static String name() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String source() {
        return "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEvenTheRightOneIsThenRefusedWithTheSameMessage() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        String source = source();
        for (int i = 0; i < 5; i++) {
            LoginFailedException e = assertThrows(LoginFailedException.class, () -> login.checkPassword(email, "wrong password here", source));
            assertEquals("login.failed", e.messageKey());
        }
        LoginFailedException locked = assertThrows(LoginFailedException.class,
                () -> login.checkPassword(email, IdentityProbe.PASSWORD, source()));
        assertEquals("login.failed", locked.messageKey(), "nothing tells a guesser the account exists or is locked");
        assertThrows(LoginFailedException.class, () -> login.checkPassword("nobody-" + name() + "@x.example", "whatever it is", source()));
    }

    @Test
    void aSourceThatFailsTwentyTimesIsBlockedWhateverTheAccount() {
        String source = source();
        for (int i = 0; i < 20; i++) {
            String unknown = "ghost" + i + "-" + name() + "@x.example";
            assertThrows(LoginFailedException.class, () -> login.checkPassword(unknown, "whatever it is", source));
        }
        String email = probe.activeAgent(name(), Totp.newSecret());
        assertThrows(LoginFailedException.class, () -> login.checkPassword(email, IdentityProbe.PASSWORD, source));
        assertTrue(login.checkPassword(email, IdentityProbe.PASSWORD, source()).ticket() != null, "another source gets in");
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

        assertThrows(LoginFailedException.class, () -> login.completeLogin(ticket.ticket(), code, source()), "ticket used");
        LoginTicket again = login.checkPassword(email, IdentityProbe.PASSWORD, source());
        assertThrows(LoginFailedException.class, () -> login.completeLogin(again.ticket(), code, source()), "code replayed");
        assertThrows(LoginFailedException.class, () -> login.completeLogin("forged-ticket", code, source()));
    }

    @Test
    void expiredAndReusedLinksAreRefused() {
        String token = probe.expiredVerificationLink(name());
        InvalidInputException expired = assertThrows(InvalidInputException.class, () -> registration.verifyEmail(token));
        assertEquals("error.link", expired.messageKey());
        assertThrows(InvalidInputException.class, () -> registration.verifyEmail("made-up"));
        assertThrows(InvalidInputException.class, () -> registration.verifyEmail("x".repeat(5000)));
    }

    @Test
    void aSuspendedAccountCannotLogInAndReinstatementNeedsACurator() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        long id = probe.idOf(email);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.agent(() -> accounts.suspend(id, "test")));
        As.curator(() -> accounts.suspend(id, "Left the police"));
        assertEquals(AccountStatus.SUSPENDED, probe.statusOf(email));
        AccountNotActiveException refused = assertThrows(AccountNotActiveException.class,
                () -> login.checkPassword(email, IdentityProbe.PASSWORD, source()));
        assertEquals("login.status.SUSPENDED", refused.messageKey());
        As.curator(() -> accounts.reinstate(id, "Confirmed by the agency"));
        assertTrue(login.checkPassword(email, IdentityProbe.PASSWORD, source()).ticket() != null);
    }

    @Test
    void aResetLinkChangesThePasswordOnceAndTheSecondFactorIsStillAsked() {
        String email = probe.activeAgent(name(), Totp.newSecret());
        String token = probe.resetLink(email);
        InvalidInputException common = assertThrows(InvalidInputException.class, () -> reset.resetPassword(token, "password1234", "password1234"));
        assertEquals("error.password.common", common.messageKey());
        reset.resetPassword(token, "new lantern orbit seven", "new lantern orbit seven");
        assertEquals("error.link", assertThrows(InvalidInputException.class,
                () -> reset.resetPassword(token, "another fine phrase here", "another fine phrase here")).messageKey(), "the link works once");
        assertThrows(LoginFailedException.class, () -> login.checkPassword(email, IdentityProbe.PASSWORD, source()));
        LoginTicket ticket = login.checkPassword(email, "new lantern orbit seven", source());
        assertEquals(false, ticket.mustEnrol(), "the authenticator stays; its code is still asked");
        reset.requestReset("nobody-" + name() + "@x.example"); // the same quiet answer, and no mail
    }
}
