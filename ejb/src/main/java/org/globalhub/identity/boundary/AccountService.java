package org.globalhub.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.JobStarters;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.control.SessionRevocation;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.LoginSession;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * Accounts after approval: suspension and reinstatement, roles (administrators only), the
 * curator-assisted reset of the second factor, and the yearly re-verification. Curators change only
 * agents' accounts; a curator's or administrator's only an administrator; nobody their own. Every
 * change is a security event and is mailed to the account's owner.
 */
@Stateless
public class AccountService {

    @Inject Clock clock;
    private static final Set<String> ROLES =
            Set.of(Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR);

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Account> all() {
        return em.createNamedQuery("Account.findAll", Account.class).getResultList();
    }

    /** Rows per page of the accounts list. */
    public static final int PAGE_SIZE = 50;

    /**
     * One page of the accounts list, paged in the database, by status and address: only accounts in
     * {@code status} (null: any) whose address, name or agency contains {@code text} (blank: any).
     * A page past the end gives the last page.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public ListPage<Account> accounts(String text, AccountStatus status, int page) {
        return new ListQuery("a", "Account a")
                .equal("a.status", status)
                .contains(text, "a.email", "a.applicant.fullName", "a.applicant.agency")
                .page(
                        em,
                        Account.class,
                        "a.status, a.email",
                        page,
                        PAGE_SIZE,
                        // the page's roles in one more query, not one per row
                        rows ->
                                rows.setHint("eclipselink.batch", "a.roles")
                                        .setHint("eclipselink.batch.type", "IN"));
    }

    /** Active accounts whose yearly confirmation is overdue; suspended after the grace period. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Account> dueForReverification() {
        return em.createNamedQuery("Account.findDueForReverification", Account.class)
                .setParameter("before", Instant.now(clock).minus(Account.REVERIFICATION))
                .getResultList();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void suspend(long accountId, String reason) {
        Account account = changeable(accountId);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.suspend(text);
        tell(account, "account.suspended", "accountSuspended", text);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void reinstate(long accountId, String reason) {
        Account account = changeable(accountId);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.reinstate(Instant.now(clock));
        tell(account, "account.reinstated", "accountReinstated", text);
    }

    /**
     * The person lost their authenticator: after checking who they are, a curator lets them enrol
     * again.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void resetSecondFactor(long accountId, String reason) {
        Account account = changeable(accountId);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.resetTotp();
        em.createNamedQuery("RecoveryCode.deleteFor")
                .setParameter("account", account)
                .executeUpdate();
        tell(account, "mfa.reset", "mfaReset", text);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void grant(long accountId, String role) {
        Account account = changeable(accountId);
        account.grant(checkRole(role));
        tell(account, "role.granted", "roleGranted", HubMail.word(account, "role." + role));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void revoke(long accountId, String role) {
        Account account = changeable(accountId);
        account.revoke(checkRole(role));
        tell(account, "role.revoked", "roleRevoked", HubMail.word(account, "role." + role));
    }

    /**
     * Whether the caller may suspend, reinstate, reset or change the roles of this account (for the
     * page).
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public boolean callerMayChange(Account account) {
        return account.mayBeChangedBy(caller(), context.isCallerInRole(Roles.ADMINISTRATOR));
    }

    /**
     * Ends every open session of the caller's account, this one included ("log out everywhere").
     */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public void endAllMySessions() {
        Account account = self();
        account.endAllSessions();
        em.createQuery(
                        "UPDATE LoginSession s SET s.endedAt = :now WHERE s.accountId = :id AND s.endedAt IS NULL")
                .setParameter("now", Instant.now(clock))
                .setParameter("id", account.getId())
                .executeUpdate();
        SessionRevocation.announce(em);
        audit().record(caller(), "session.endedEverywhere", "Account", account.getId(), null);
    }

    /** The agent confirms they still serve in law enforcement; due again in 12 months. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void confirmStillServing() {
        Account account = self();
        account.confirmStillServing(Instant.now(clock));
        audit().record(caller(), "account.reverified", "Account", account.getId(), null);
    }

    /**
     * False when the caller's account is gone (erased) or was suspended, its roles, password or
     * second factor changed since the login that gave {@code loginStamp}, or this session ({@code
     * sessionKey}) was ended: the web layer then ends the session. Notes the session as seen.
     */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public boolean callerSessionStillValid(long loginStamp, String sessionKey) {
        Account account = AccountLookup.findByEmail(em, caller()).orElse(null);
        if (account == null
                || account.getStatus() != AccountStatus.ACTIVE
                || account.getSecurityStamp() != loginStamp) {
            return false;
        }
        LoginSession session =
                sessionKey == null ? null : em.find(LoginSession.class, Secrets.sha256(sessionKey));
        Instant now = Instant.now(clock);
        if (session == null || session.getAccountId() != account.getId() || !session.isOpen(now)) {
            return false;
        }
        session.seen(now);
        return true;
    }

    /**
     * How the caller is named in the batch job repository: "account-<id>", never their e-mail
     * address.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public String callerJobAlias() {
        return JobStarters.aliasOf(em, caller());
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public boolean callerDueForReverification() {
        return AccountLookup.findByEmail(em, caller())
                .map(a -> a.isDueForReverification(Instant.now(clock)))
                .orElse(false);
    }

    /** Rows per page of the security events. */
    public static final int EVENTS_PAGE_SIZE = 50;

    /**
     * Security events for administrators, newest first, paged in the database: optionally only
     * those whose actor, event or details contain {@code text}.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ListPage<AuditEntry> securityEvents(String text, int page) {
        return new ListQuery("a", "AuditEntry a")
                .where("a.subjectType = 'Account' OR a.subjectType = 'AgencyDomain'")
                .contains(text, "a.actor", "a.action", "a.details")
                .page(em, AuditEntry.class, "a.occurredAt DESC, a.id DESC", page, EVENTS_PAGE_SIZE);
    }

    /**
     * Every night: accounts past the re-verification grace period are suspended (a timer, not a
     * business method).
     */
    @Schedule(hour = "3", minute = "15", persistent = false)
    void suspendUnconfirmed() {
        Instant now = Instant.now(clock);
        for (Account account :
                em.createNamedQuery("Account.findDueForReverification", Account.class)
                        .setParameter("before", now.minus(Account.REVERIFICATION))
                        .getResultList()) {
            if (account.isPastGrace(now)) {
                account.suspend("Not re-verified within the grace period");
                SessionRevocation.announce(em);
                audit().record(
                                "system",
                                "account.suspended",
                                "Account",
                                account.getId(),
                                "re-verification overdue");
            }
        }
    }

    private static String checkRole(String role) {
        if (!ROLES.contains(role)) {
            throw new InvalidInputException("error.role", role);
        }
        return role;
    }

    /**
     * The account, if the caller may change it: never their own; a curator's or administrator's
     * only as administrator.
     */
    private Account changeable(long accountId) {
        Account account = get(accountId);
        if (account.getEmail().equals(caller())) {
            throw new InvalidInputException("error.self");
        }
        if (!callerMayChange(account)) {
            throw new AccountChangeRefusedException();
        }
        return account;
    }

    /**
     * A security event in the audit trail, and a mail to the account's owner saying what changed
     * and why.
     */
    private void tell(Account account, String event, String mailKind, String detail) {
        SessionRevocation.announce(em);
        audit().record(caller(), event, "Account", account.getId(), detail);
        HubMail.send(mail, account, mailKind, detail);
    }

    private Account self() {
        return AccountLookup.findByEmail(em, caller())
                .orElseThrow(() -> new NotFoundException("error.notFound", caller()));
    }

    private Account get(long accountId) {
        return AccountLookup.get(em, accountId);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }
}
