package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.identity.entity.TokenPurpose;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * An administrator made by the server's operators, without SQL and without mail: the
 * first-administrator job, which only someone logged in to WildFly's management (CLI or console)
 * can start. It either makes a new active administrator, or lets an existing account back in as
 * administrator after its authenticator was lost (the lone administrator's way back). Either way
 * the result is a single-use link, valid 30 minutes, to choose a password; the authenticator is set
 * up at the next login. The link is handed back to the operator only (the job's exit status), never
 * written to a log; the step is a security event, and an existing account's owner is mailed.
 */
public final class ConsoleAdministrator {

    /** The link to hand to the person, and whether their account was made now. */
    public record Opened(String link, boolean created, long accountId) {}

    private static final String REASON = "Reset from the server's console by %s.";

    private final EntityManager em;
    private final Clock clock;
    private final Outbox mail;

    public ConsoleAdministrator(EntityManager em, Clock clock, Outbox mail) {
        this.em = em;
        this.clock = clock;
        this.mail = mail;
    }

    /**
     * @param fullName, agency, country, phone needed only for a new account (as at registration)
     * @param startedBy who started the job (the operator's name), recorded in the audit trail
     */
    public Opened open(
            String email,
            String fullName,
            String agency,
            String country,
            String phone,
            String startedBy) {
        Instant now = Instant.now(clock);
        String address = Account.normaliseEmail(email);
        String operator =
                "console:"
                        + Texts.clean(
                                startedBy == null ? "cli" : startedBy, "startedBy", true, 100);
        Account account = AccountLookup.findByEmail(em, address).orElse(null);
        boolean created = account == null;
        if (created) {
            Applicant applicant =
                    new Applicant(
                            fullName,
                            agency,
                            null,
                            country,
                            phone,
                            "The server's operators (" + operator + ")",
                            "Administrator of this Hub, made from the server's console.");
            // An unusable password until the person chooses one through the link.
            account =
                    new Account(
                            address,
                            applicant,
                            PasswordHasher.hash(Secrets.token().toCharArray()),
                            AccountRegistration.PRIVACY_NOTICE_VERSION,
                            now);
            account.emailVerified(now);
            account.approve(operator, now);
            account.grant(Roles.ADMINISTRATOR);
            em.persist(account);
        } else {
            if (account.getStatus() != AccountStatus.ACTIVE) {
                throw new InvalidInputException("error.accountState");
            }
            account.resetTotp();
            account.grant(Roles.ADMINISTRATOR);
            em.createNamedQuery("RecoveryCode.deleteFor")
                    .setParameter("account", account)
                    .executeUpdate();
            SessionRevocation.announce(em);
        }
        em.flush();
        // Older links of the account die: only the one handed out now opens it.
        em.createNamedQuery("AccountToken.closeOpenFor")
                .setParameter("account", account)
                .setParameter("now", now)
                .executeUpdate();
        String token = Secrets.token();
        em.persist(
                new AccountToken(Secrets.sha256(token), account, TokenPurpose.PASSWORD_RESET, now));
        new AuditTrail(em, clock)
                .record(
                        operator,
                        created ? "administrator.created" : "administrator.reopened",
                        "Account",
                        account.getId(),
                        null);
        if (!created) {
            HubMail.send(mail, account, "mfaReset", String.format(REASON, operator));
        }
        return new Opened(
                HubMail.publicUrl() + "/reset.xhtml?token=" + token, created, account.getId());
    }
}
