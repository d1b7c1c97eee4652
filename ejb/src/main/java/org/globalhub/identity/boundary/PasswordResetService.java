package org.globalhub.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.PasswordPolicy;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.TokenPurpose;
import org.globalhub.platform.InvalidInputException;

/**
 * Forgotten passwords: a single-use link valid 30 minutes, mailed to the official address. The answer is
 * the same whether the address has an account or not. The second factor is still asked at the next login.
 */
@Stateless
@PermitAll // people who forgot their password are not logged in
public class PasswordResetService {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/hub")
    Session mail;

    public void requestReset(String email) {
        Account account = AccountLookup.findByEmail(em, Account.normaliseEmail(email))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE).orElse(null);
        if (account == null) {
            new AuditTrail(em, CLOCK).record("anonymous", "password.resetRequested", "Account", "-", "no active account");
            return;
        }
        String token = Secrets.token();
        em.persist(new AccountToken(Secrets.sha256(token), account, TokenPurpose.PASSWORD_RESET, Instant.now(CLOCK)));
        new AuditTrail(em, CLOCK).record(account.getEmail(), "password.resetRequested", "Account", account.getId(), null);
        HubMail.send(mail, account, "reset", HubMail.publicUrl() + "/reset.xhtml?token=" + token);
    }

    public void resetPassword(String token, String newPassword, String repeated) {
        AccountToken found = token == null || token.length() > 100 ? null : em.find(AccountToken.class, Secrets.sha256(token));
        Instant now = Instant.now(CLOCK);
        if (found == null || found.getPurpose() != TokenPurpose.PASSWORD_RESET) {
            throw new InvalidInputException("error.link");
        }
        Account account = found.getAccount();
        PasswordPolicy.check(newPassword, repeated, account.getEmail());
        if (!found.redeem(TokenPurpose.PASSWORD_RESET, now)) {
            throw new InvalidInputException("error.link");
        }
        account.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
        new AuditTrail(em, CLOCK).record(account.getEmail(), "password.reset", "Account", account.getId(), null);
    }
}
