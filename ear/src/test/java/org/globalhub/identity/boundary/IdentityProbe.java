package org.globalhub.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.identity.entity.TokenPurpose;

/** Test-only bean (deployed by the ITs, never shipped): makes accounts and links in a known state. */
@Stateless
@PermitAll
public class IdentityProbe {

    public static final String PASSWORD = "amber canal forty lanterns";

    @PersistenceContext
    EntityManager em;

    /** An active agent with an enrolled authenticator; returns its e-mail. */
    public String activeAgent(String name, String totpSecret) {
        Account account = new Account(name + "@police.example", new Applicant("Test " + name, "Test Police", null, "FR",
                "+33 1 00 00 00 00", "Test referee", "Tests"), PasswordHasher.hash(PASSWORD.toCharArray()), "1", Instant.now());
        account.emailVerified(Instant.now());
        account.approve("test", Instant.now());
        account.startTotpEnrolment(totpSecret);
        account.completeTotpEnrolment();
        em.persist(account);
        return account.getEmail();
    }

    /** An account waiting for its e-mail check, with a verification link that expired an hour ago. */
    public String expiredVerificationLink(String name) {
        Account account = new Account(name + "@police.example", new Applicant("Test " + name, "Test Police", null, "FR",
                "+33 1 00 00 00 00", "Test referee", "Tests"), PasswordHasher.hash(PASSWORD.toCharArray()), "1", Instant.now());
        em.persist(account);
        String token = Secrets.token();
        em.persist(new AccountToken(Secrets.sha256(token), account, TokenPurpose.EMAIL_VERIFICATION,
                Instant.now().minus(TokenPurpose.EMAIL_VERIFICATION.validity()).minusSeconds(3600)));
        return token;
    }

    /** A password-reset link for the account, as the mail would carry it. */
    public String resetLink(String email) {
        Account account = em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", email).getSingleResult();
        String token = Secrets.token();
        em.persist(new AccountToken(Secrets.sha256(token), account, TokenPurpose.PASSWORD_RESET, Instant.now()));
        return token;
    }

    public AccountStatus statusOf(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", email).getSingleResult().getStatus();
    }

    public long idOf(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", email).getSingleResult().getId();
    }
}
