package org.globalhub.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.LoginThrottle;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.RecoveryCodes;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.control.Totp;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.LoginSession;
import org.globalhub.identity.entity.RecoveryCode;
import org.globalhub.platform.metrics.HubMetrics;

/**
 * The two login steps: password, then a code from the authenticator (or a recovery code); on the
 * first login, enrolment of the authenticator. Open to anonymous callers by nature, so every rule
 * against guessing is here: a blocked source is refused before any hashing; failures count per
 * source and account and per source ({@link LoginThrottle}, in the database), and across all
 * sources per account (a high backstop, {@link Account#MAX_FAILURES}); the same answer for every
 * failure; no replay.
 */
@Stateless
@PermitAll // the login itself: callers are anonymous until it succeeds
public class LoginService {

    public static final String ISSUER = "Global Hub";
    @Inject Clock clock;

    @Inject HubMetrics metrics;

    @PersistenceContext EntityManager em;

    /**
     * Step 1. Failures are committed (they count) and answered with {@link LoginFailedException}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginTicket checkPassword(String email, String password, String source) {
        Instant now = Instant.now(clock);
        LoginThrottle throttle = new LoginThrottle(em);
        if (throttle.sourceBlocked(source, now)) {
            // Before the account is even looked up: no hash for a blocked address, and nothing told
            // about accounts.
            return fail(null, email, source, now, "source blocked");
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Account account = find(email);
        if (account == null) {
            PasswordHasher.burnTime(secret);
            return fail(null, email, source, now, "unknown account");
        }
        if (throttle.pairLocked(source, account.getId(), now) || account.isLocked(now)) {
            PasswordHasher.burnTime(secret);
            return fail(
                    account,
                    email,
                    source,
                    now,
                    account.isLocked(now) ? "account locked" : "locked for this source");
        }
        if (!PasswordHasher.matches(secret, account.getPasswordHash())) {
            return fail(account, email, source, now, "wrong password");
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            audit().record(
                            account.getEmail(),
                            "login.refused",
                            "Account",
                            account.getId(),
                            account.getStatus().name());
            throw new AccountNotActiveException(account.getStatus());
        }
        String ticket = Secrets.token();
        account.passwordAccepted(Secrets.sha256(ticket), now);
        return new LoginTicket(ticket, !account.isTotpEnrolled());
    }

    /** Step 2: a 6-digit code from the authenticator, or one of the recovery codes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignedIn completeLogin(String ticket, String code, String source) {
        return completeLogin(ticket, code, source, null);
    }

    /** The same, naming the browser for the person's list of open sessions. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignedIn completeLogin(String ticket, String code, String source, String browser) {
        Instant now = Instant.now(clock);
        Account account = byTicket(ticket, now);
        if (account == null || !account.isTotpEnrolled()) {
            throw new LoginFailedException();
        }
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now);
        boolean accepted =
                step.isPresent()
                        ? account.acceptTotpStep(step.getAsLong())
                        : useRecoveryCode(account, code, now);
        if (!accepted) {
            fail(
                    account,
                    account.getEmail(),
                    source,
                    now,
                    step.isPresent() ? "replayed code" : "wrong code");
        }
        return signIn(account, source, browser, now);
    }

    /** First login: a new secret to scan. Only with a valid ticket and no authenticator yet. */
    public Enrolment beginEnrolment(String ticket) {
        Account account = byTicket(ticket, Instant.now(clock));
        if (account == null || account.isTotpEnrolled()) {
            throw new LoginFailedException();
        }
        String secret = Totp.newSecret();
        account.startTotpEnrolment(secret);
        return new Enrolment(secret, Totp.uri(ISSUER, account.getEmail(), secret));
    }

    /**
     * First login: the first code proves the authenticator works; the enrolment is kept and ten
     * recovery codes are made (shown once, stored as hashes). The person is then logged in.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public EnrolledLogin confirmEnrolment(String ticket, String code, String source) {
        return confirmEnrolment(ticket, code, source, null);
    }

    /** The same, naming the browser for the person's list of open sessions. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public EnrolledLogin confirmEnrolment(
            String ticket, String code, String source, String browser) {
        Instant now = Instant.now(clock);
        Account account = byTicket(ticket, now);
        if (account == null || account.getPendingTotpSecret() == null) {
            throw new LoginFailedException();
        }
        OptionalLong step = Totp.matchingStep(account.getPendingTotpSecret(), code, now);
        if (step.isEmpty()) {
            throw new org.globalhub.platform.InvalidInputException("error.totp");
        }
        account.completeTotpEnrolment();
        account.acceptTotpStep(step.getAsLong());
        List<String> codes = RecoveryCodes.renew(em, account);
        audit().record(account.getEmail(), "mfa.enrolled", "Account", account.getId(), null);
        return new EnrolledLogin(signIn(account, source, browser, now), codes);
    }

    /** The result of a first login: the session, and the recovery codes to write down now. */
    public record EnrolledLogin(SignedIn signedIn, List<String> recoveryCodes) {}

    /**
     * Every hour: counters of failed logins that block nothing any more, and sessions unseen for a
     * day (a timer, not a business method).
     */
    @Schedule(hour = "*", minute = "40", persistent = false)
    void deleteStaleFailureCounts() {
        Instant now = Instant.now(clock);
        new LoginThrottle(em).deleteStale(now);
        em.createNamedQuery("LoginSession.deleteStale")
                .setParameter("before", now.minus(java.time.Duration.ofDays(1)))
                .executeUpdate();
    }

    private boolean useRecoveryCode(Account account, String code, Instant now) {
        if (code == null || !code.strip().matches("[a-z0-9]{5}-?[a-z0-9]{5}")) {
            return false;
        }
        String normal = code.strip().replace("-", "");
        String hash = Secrets.sha256(normal.substring(0, 5) + "-" + normal.substring(5));
        List<RecoveryCode> found =
                em.createNamedQuery("RecoveryCode.findUnused", RecoveryCode.class)
                        .setParameter("account", account)
                        .setParameter("hash", hash)
                        .getResultList();
        if (found.isEmpty()) {
            return false;
        }
        found.get(0).use(now);
        audit().record(
                        account.getEmail(),
                        "mfa.recoveryCodeUsed",
                        "Account",
                        account.getId(),
                        null);
        return true;
    }

    private SignedIn signIn(Account account, String source, String browser, Instant now) {
        account.loginSucceeded(now);
        new LoginThrottle(em).succeeded(source, account.getId());
        metrics.login(true);
        audit().record(
                        account.getEmail(),
                        "login.success",
                        "Account",
                        account.getId(),
                        "from " + source);
        String sessionKey = Secrets.token();
        em.persist(
                new LoginSession(
                        Secrets.sha256(sessionKey), account.getId(), source, browser, now));
        return new SignedIn(
                account.getEmail(),
                Set.copyOf(account.getRoles()),
                account.getSecurityStamp(),
                sessionKey);
    }

    private LoginTicket fail(
            Account account, String email, String source, Instant now, String why) {
        new LoginThrottle(em).failed(source, account == null ? null : account.getId(), now);
        metrics.login(false);
        if (account != null) {
            boolean wasLocked = account.isLocked(now);
            account.loginFailed(now);
            if (!wasLocked && account.isLocked(now)) {
                audit().record(
                                account.getEmail(),
                                "login.locked",
                                "Account",
                                account.getId(),
                                "from " + source);
            }
        }
        String who = account != null ? account.getEmail() : "anonymous";
        audit().record(
                        who,
                        "login.failure",
                        "Account",
                        account != null ? account.getId() : "-",
                        why
                                + " from "
                                + source
                                + (account == null ? " (name tried: " + clip(email) + ")" : ""));
        // The failure must be stored although the caller sees an exception: commit, then throw.
        em.flush();
        throw new LoginFailedCommitted();
    }

    private static String clip(String text) {
        String value = text == null ? "" : text.replaceAll("[^\\p{Print}]", "?");
        return value.length() > 60 ? value.substring(0, 60) : value;
    }

    private Account find(String email) {
        return AccountLookup.findByEmail(em, email).orElse(null);
    }

    private Account byTicket(String ticket, Instant now) {
        if (ticket == null) {
            return null;
        }
        String hash = Secrets.sha256(ticket);
        List<Account> found =
                em.createNamedQuery("Account.findByTicket", Account.class)
                        .setParameter("hash", hash)
                        .getResultList();
        return found.isEmpty() || !found.get(0).holdsTicket(hash, now) ? null : found.get(0);
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }

    /**
     * Same message as {@link LoginFailedException}, but not rolled back: the failure counters and
     * the audit entry must stay.
     */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static class LoginFailedCommitted extends LoginFailedException {}
}
