package org.globalhub.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.PasswordPolicy;
import org.globalhub.identity.control.RecoveryCodes;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.control.SessionRevocation;
import org.globalhub.identity.control.Totp;
import org.globalhub.identity.control.WrongPasswords;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.identity.entity.LoginSession;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.mail.Outbox;

/**
 * A person's own account security: a new password, a new authenticator, new recovery codes (each
 * after the current password), and their open sessions, any of which they can end. A change of
 * password or authenticator ends every other session of the account (this one goes on with the new
 * security stamp); every change is a security event and is mailed to the person.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
public class AccountSecurityService {

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    @Inject WrongPasswords wrongPasswords;

    @Inject Outbox mail;

    @Resource SessionContext context;

    /**
     * One open session as its owner sees it; {@code handle} ends it, {@code current} is the one
     * asking.
     */
    public record OpenSession(
            String handle,
            Instant startedAt,
            Instant lastSeenAt,
            String source,
            String browser,
            boolean current) {}

    /** The result of a change that renewed the security stamp: the caller's session keeps it. */
    public record Renewed(long securityStamp, List<String> recoveryCodes) {}

    /** The person's details as the account holds them, to correct. */
    public Applicant myDetails() {
        return self().getApplicant();
    }

    /**
     * The person corrects their name, agency, unit or phone. A new agency is recorded as a security
     * event, so that curators see it among the vetting facts (the e-mail address, the login, cannot
     * be changed here).
     */
    public void correctDetails(String fullName, String agency, String unit, String phone) {
        Account account = self();
        String before = account.getApplicant().getAgency();
        account.correctDetails(account.getApplicant().corrected(fullName, agency, unit, phone));
        boolean newAgency = !before.equals(account.getApplicant().getAgency());
        new AuditTrail(em, clock)
                .record(
                        caller(),
                        newAgency ? "account.agencyChanged" : "account.detailsCorrected",
                        "Account",
                        account.getId(),
                        newAgency ? before + " → " + account.getApplicant().getAgency() : null);
    }

    /** Returns the new security stamp, for the caller's own session. */
    public long changePassword(
            String currentPassword, String newPassword, String repeated, String mySessionKey) {
        Account account = verified(currentPassword);
        PasswordPolicy.check(newPassword, repeated, account.getEmail());
        account.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
        endOtherSessions(account, mySessionKey);
        // as after a reset: a reset mail still open is no way around the new password
        em.createNamedQuery("AccountToken.closeOpenFor")
                .setParameter("account", account)
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        tell(account, "password.changed", "change.password");
        return account.getSecurityStamp();
    }

    /** Step 1 of a new authenticator: a secret to scan; the old one works until step 2 succeeds. */
    public Enrolment startNewAuthenticator(String currentPassword) {
        Account account = verified(currentPassword);
        String secret = Totp.newSecret();
        account.startTotpEnrolment(secret);
        return new Enrolment(secret, Totp.uri(LoginService.ISSUER, account.getEmail(), secret));
    }

    /**
     * Step 2: the first code of the new app proves it works; new recovery codes replace the old
     * ones.
     */
    public Renewed confirmNewAuthenticator(String code, String mySessionKey) {
        Account account = self();
        Instant now = Instant.now(clock);
        OptionalLong step =
                account.getPendingTotpSecret() == null
                        ? OptionalLong.empty()
                        : Totp.matchingStep(account.getPendingTotpSecret(), code, now);
        if (step.isEmpty()) {
            throw new InvalidInputException("error.totp");
        }
        account.completeTotpEnrolment();
        account.acceptTotpStep(step.getAsLong());
        account.endAllSessions();
        List<String> codes = RecoveryCodes.renew(em, account);
        endOtherSessions(account, mySessionKey);
        tell(account, "mfa.reenrolled", "change.authenticator");
        return new Renewed(account.getSecurityStamp(), codes);
    }

    /** Ten new recovery codes, shown once; the old ones stop working. */
    public List<String> newRecoveryCodes(String currentPassword) {
        Account account = verified(currentPassword);
        List<String> codes = RecoveryCodes.renew(em, account);
        tell(account, "mfa.recoveryCodesRenewed", "change.recoveryCodes");
        return codes;
    }

    public List<OpenSession> mySessions(String mySessionKey) {
        Instant now = Instant.now(clock);
        String mine = mySessionKey == null ? "" : Secrets.sha256(mySessionKey);
        return em
                .createNamedQuery("LoginSession.findOpen", LoginSession.class)
                .setParameter("account", self().getId())
                .setParameter("since", now.minus(LoginSession.IDLE))
                .getResultList()
                .stream()
                .map(
                        s ->
                                new OpenSession(
                                        s.getKeyHash(),
                                        s.getStartedAt(),
                                        s.getLastSeenAt(),
                                        s.getSource(),
                                        s.getBrowser(),
                                        s.getKeyHash().equals(mine)))
                .toList();
    }

    /**
     * Ends one of the caller's sessions: it is refused at its next request, on whichever server it
     * runs.
     */
    public void endSession(String handle) {
        LoginSession session = handle == null ? null : em.find(LoginSession.class, handle);
        Account account = self();
        if (session == null || session.getAccountId() != account.getId()) {
            throw new NotFoundException("error.notFound", handle);
        }
        session.end(Instant.now(clock));
        SessionRevocation.announce(em);
        new AuditTrail(em, clock)
                .record(
                        caller(),
                        "session.ended",
                        "Account",
                        account.getId(),
                        "one session, by its owner");
    }

    /** The caller logs out: their session's record ends with it. */
    public void endThisSession(String mySessionKey) {
        if (mySessionKey != null) {
            LoginSession session = em.find(LoginSession.class, Secrets.sha256(mySessionKey));
            if (session != null && session.getAccountId() == self().getId()) {
                session.end(Instant.now(clock));
            }
        }
    }

    private void endOtherSessions(Account account, String mySessionKey) {
        Instant now = Instant.now(clock);
        String mine = mySessionKey == null ? "" : Secrets.sha256(mySessionKey);
        em
                .createNamedQuery("LoginSession.findOpen", LoginSession.class)
                .setParameter("account", account.getId())
                .setParameter("since", now.minus(LoginSession.IDLE))
                .getResultList()
                .stream()
                .filter(s -> !s.getKeyHash().equals(mine))
                .forEach(s -> s.end(now));
        SessionRevocation.announce(em);
    }

    private void tell(Account account, String event, String what) {
        new AuditTrail(em, clock).record(caller(), event, "Account", account.getId(), null);
        HubMail.send(mail, account, "securityChanged", HubMail.word(account, what));
    }

    private Account verified(String currentPassword) {
        Account account = self();
        if (wrongPasswords.exhausted(account.getId())) {
            throw new InvalidInputException("security.tooManyTries");
        }
        if (currentPassword == null
                || !PasswordHasher.matches(
                        currentPassword.toCharArray(), account.getPasswordHash())) {
            wrongPasswords.record(caller(), account.getId(), "account security page");
            throw new InvalidInputException("security.wrongPassword");
        }
        return account;
    }

    private Account self() {
        return AccountLookup.findByEmail(em, caller())
                .orElseThrow(() -> new NotFoundException("error.notFound", caller()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
