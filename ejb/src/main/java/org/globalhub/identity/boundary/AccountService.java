package org.globalhub.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;

/**
 * Accounts after approval: suspension and reinstatement, roles (administrators only, never one's own),
 * the curator-assisted reset of the second factor, and the yearly re-verification.
 */
@Stateless
public class AccountService {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Set<String> ROLES = Set.of(Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Account> all() {
        return em.createNamedQuery("Account.findAll", Account.class).getResultList();
    }

    /** Active accounts whose yearly confirmation is overdue; suspended after the grace period. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Account> dueForReverification() {
        return em.createNamedQuery("Account.findDueForReverification", Account.class)
                .setParameter("before", Instant.now(CLOCK).minus(Account.REVERIFICATION)).getResultList();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void suspend(long accountId, String reason) {
        Account account = get(accountId);
        notSelf(account);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.suspend(text);
        audit().record(caller(), "account.suspended", "Account", accountId, text);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void reinstate(long accountId, String reason) {
        Account account = get(accountId);
        notSelf(account);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.reinstate(Instant.now(CLOCK));
        audit().record(caller(), "account.reinstated", "Account", accountId, text);
    }

    /** The person lost their authenticator: after checking who they are, a curator lets them enrol again. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void resetSecondFactor(long accountId, String reason) {
        Account account = get(accountId);
        notSelf(account);
        String text = Texts.clean(reason, "account.decisionReason", true, 2000);
        account.resetTotp();
        em.createNamedQuery("RecoveryCode.deleteFor").setParameter("account", account).executeUpdate();
        audit().record(caller(), "mfa.reset", "Account", accountId, text);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void grant(long accountId, String role) {
        Account account = get(accountId);
        notSelf(account);
        account.grant(checkRole(role));
        audit().record(caller(), "role.granted", "Account", accountId, role);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void revoke(long accountId, String role) {
        Account account = get(accountId);
        notSelf(account);
        account.revoke(checkRole(role));
        audit().record(caller(), "role.revoked", "Account", accountId, role);
    }

    /** Ends every open session of the caller's account, this one included ("log out everywhere"). */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void endAllMySessions() {
        Account account = self();
        account.endAllSessions();
        audit().record(caller(), "session.endedEverywhere", "Account", account.getId(), null);
    }

    /** The agent confirms they still serve in law enforcement; due again in 12 months. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void confirmStillServing() {
        Account account = self();
        account.confirmStillServing(Instant.now(CLOCK));
        audit().record(caller(), "account.reverified", "Account", account.getId(), null);
    }

    /**
     * False when the caller's account was suspended, or its roles, password or second factor changed since
     * the login that gave {@code loginStamp}: the web layer then ends the session.
     */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public boolean callerSessionStillValid(long loginStamp) {
        // Callers from the server's own realm (tests, operators) have no Hub account and are not ended here.
        return AccountLookup.findByEmail(em, caller())
                .map(a -> a.getStatus() == AccountStatus.ACTIVE && a.getSecurityStamp() == loginStamp).orElse(true);
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public boolean callerDueForReverification() {
        return AccountLookup.findByEmail(em, caller()).map(a -> a.isDueForReverification(Instant.now(CLOCK))).orElse(false);
    }

    /** Security events for administrators: newest first, optionally only those mentioning a text. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AuditEntry> securityEvents(String text, int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_")) + "%";
        return em.createQuery("SELECT a FROM AuditEntry a WHERE (a.subjectType = 'Account' OR a.subjectType = 'AgencyDomain')"
                        + " AND (LOWER(a.actor) LIKE :q ESCAPE '!' OR LOWER(a.action) LIKE :q ESCAPE '!'"
                        + " OR LOWER(a.details) LIKE :q ESCAPE '!') ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("q", like).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** Every night: accounts past the re-verification grace period are suspended (a timer, not a business method). */
    @Schedule(hour = "3", minute = "15", persistent = false)
    void suspendUnconfirmed() {
        Instant now = Instant.now(CLOCK);
        for (Account account : em.createNamedQuery("Account.findDueForReverification", Account.class)
                .setParameter("before", now.minus(Account.REVERIFICATION)).getResultList()) {
            if (account.isPastGrace(now)) {
                account.suspend("Not re-verified within the grace period");
                audit().record("system", "account.suspended", "Account", account.getId(), "re-verification overdue");
            }
        }
    }

    private static String checkRole(String role) {
        if (!ROLES.contains(role)) {
            throw new InvalidInputException("error.role", role);
        }
        return role;
    }

    private void notSelf(Account account) {
        if (account.getEmail().equals(caller())) {
            throw new InvalidInputException("error.self");
        }
    }

    private Account self() {
        return AccountLookup.findByEmail(em, caller()).orElseThrow(() -> new NotFoundException("error.notFound", caller()));
    }

    private Account get(long accountId) {
        return AccountLookup.get(em, accountId);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private AuditTrail audit() {
        return new AuditTrail(em, CLOCK);
    }
}
