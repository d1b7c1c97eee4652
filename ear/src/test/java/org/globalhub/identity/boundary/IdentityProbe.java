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

/**
 * Test-only bean (deployed by the ITs, never shipped): makes accounts and links in a known state.
 */
@Stateless
@PermitAll
public class IdentityProbe {

    public static final String PASSWORD = "amber canal forty lanterns";

    @PersistenceContext EntityManager em;

    /** An active agent with an enrolled authenticator; returns its e-mail. */
    public String activeAgent(String name, String totpSecret) {
        return active(name + "@police.example", "Test " + name, totpSecret).getEmail();
    }

    /**
     * A registered applicant named {@code fullName}, not yet persisted, with the probe's password.
     */
    private static Account applicant(String email, String fullName) {
        return new Account(
                email,
                new Applicant(
                        fullName,
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

    /** An approved agent with an authenticator enrolled on {@code totpSecret}, persisted. */
    private Account active(String email, String fullName, String totpSecret) {
        Account account = applicant(email, fullName);
        account.emailVerified(Instant.now());
        account.approve("test", Instant.now());
        account.startTotpEnrolment(totpSecret);
        account.completeTotpEnrolment();
        em.persist(account);
        return account;
    }

    /**
     * An account waiting for its e-mail check, with a verification link that expired an hour ago.
     */
    public String expiredVerificationLink(String name) {
        Account account = applicant(name + "@police.example", "Test " + name);
        em.persist(account);
        String token = Secrets.token();
        em.persist(
                new AccountToken(
                        Secrets.sha256(token),
                        account,
                        TokenPurpose.EMAIL_VERIFICATION,
                        Instant.now()
                                .minus(TokenPurpose.EMAIL_VERIFICATION.validity())
                                .minusSeconds(3600)));
        return token;
    }

    /** A password-reset link for the account, as the mail would carry it. */
    public String resetLink(String email) {
        Account account =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", email)
                        .getSingleResult();
        String token = Secrets.token();
        em.persist(
                new AccountToken(
                        Secrets.sha256(token),
                        account,
                        TokenPurpose.PASSWORD_RESET,
                        Instant.now()));
        return token;
    }

    public AccountStatus statusOf(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getStatus();
    }

    /** What the link in the verification mail does (its token is only in the mail). */
    public void confirmAddress(String email) {
        em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .emailVerified(Instant.now());
    }

    public long idOf(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getId();
    }

    /**
     * An active account with an enrolled authenticator and these roles besides agent; returns its
     * id.
     */
    public long activeWithRoles(String email, String... roles) {
        Account account =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", email)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (account == null) {
            account =
                    active(email, "Test " + email, org.globalhub.identity.control.Totp.newSecret());
        }
        for (String role : roles) {
            account.grant(role);
        }
        return account.getId();
    }

    public boolean totpEnrolled(long accountId) {
        return em.find(Account.class, accountId).isTotpEnrolled();
    }

    public java.util.Set<String> rolesOf(long accountId) {
        return java.util.Set.copyOf(em.find(Account.class, accountId).getRoles());
    }

    /** The security events recorded on the account: "action by actor". */
    public java.util.List<String> securityEventsOn(long accountId) {
        return em
                .createNamedQuery(
                        "AuditEntry.findBySubject", org.globalhub.audit.entity.AuditEntry.class)
                .setParameter("type", "Account")
                .setParameter("id", String.valueOf(accountId))
                .getResultList()
                .stream()
                .map(a -> a.getAction() + " by " + a.getActor())
                .toList();
    }

    public String emailOf(long accountId) {
        return em.find(Account.class, accountId).getEmail();
    }

    public Account account(long accountId) {
        return em.find(Account.class, accountId);
    }

    /**
     * An active account with an authenticator enrolled on {@code secret} and {@code role} besides
     * agent.
     */
    public void activeWithSecret(String email, String secret, String role) {
        active(email, "Test " + email.substring(0, email.indexOf('@')), secret).grant(role);
    }

    /**
     * Records {@code count} failed logins from {@code source} (no account), as if they had been
     * tried.
     */
    public void failuresFrom(String source, int count) {
        org.globalhub.identity.control.LoginThrottle throttle =
                new org.globalhub.identity.control.LoginThrottle(em);
        for (int i = 0; i < count; i++) {
            throttle.failed(source, null, Instant.now());
        }
    }

    /**
     * The reasons of the failed logins recorded for the account from {@code source}, as the audit
     * trail has them.
     */
    public java.util.List<String> failureReasonsFor(String email, String source) {
        return em
                .createQuery(
                        "SELECT a.details FROM AuditEntry a WHERE a.action = 'login.failure' AND (a.details LIKE :named"
                                + " OR (a.actor = :email AND a.details LIKE :from))",
                        String.class)
                .setParameter("named", "% from " + source + " (name tried: " + email + ")")
                .setParameter("email", email)
                .setParameter("from", "% from " + source)
                .getResultList()
                .stream()
                .map(d -> d.substring(0, d.indexOf(" from ")))
                .toList();
    }

    /** The TOTP seed column as the database holds it. */
    public String storedTotpSecret(String email) {
        return (String)
                em.createNativeQuery("SELECT totp_secret FROM account WHERE email = ?1")
                        .setParameter(1, email)
                        .getSingleResult();
    }

    /** Writes a seed in clear, as the database held seeds before they were sealed. */
    public void storeClearTotpSecret(String email, String secret) {
        storeRawTotpSecret(email, secret);
    }

    /** Writes the seed column as given (clear, or sealed with some key). */
    public void storeRawTotpSecret(String email, String secret) {
        em.createNativeQuery("UPDATE account SET totp_secret = ?1 WHERE email = ?2")
                .setParameter(1, secret)
                .setParameter(2, email)
                .executeUpdate();
    }
}
