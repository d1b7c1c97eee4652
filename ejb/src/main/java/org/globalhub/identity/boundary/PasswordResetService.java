package org.globalhub.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.LoginThrottle;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.PasswordPolicy;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.control.SessionRevocation;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.TokenPurpose;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.mail.Outbox;

/**
 * Forgotten passwords: a single-use link valid 30 minutes, mailed to the official address. The
 * answer is the same whether the address has an account or not. The second factor is still asked at
 * the next login.
 */
@Stateless
@PermitAll // people who forgot their password are not logged in
public class PasswordResetService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Inject Outbox mail;

    /**
     * Queues a reset link for an active account, and for any other address a mail saying that it
     * has no active account: both branches make a link and queue one mail, so nothing tells which
     * addresses have accounts. {@code language} is the page's, for the mail to an address without
     * an account. One source address ({@code source}) makes at most {@link
     * LoginThrottle#REQUEST_LIMIT} registration and reset requests an hour.
     */
    public void requestReset(String email, String language, String source) {
        if (!new LoginThrottle(em).request(source, Instant.now(clock))) {
            throw new InvalidInputException("error.tooManyRequests");
        }
        String address = Account.normaliseEmail(email);
        Account account =
                AccountLookup.findByEmail(em, address)
                        .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                        .orElse(null);
        String token = Secrets.token();
        if (account == null) {
            new AuditTrail(em, clock)
                    .record(
                            "anonymous",
                            "password.resetRequested",
                            "Account",
                            "-",
                            "no active account");
            HubMail.sendTo(
                    mail,
                    address,
                    address,
                    language,
                    "resetUnknown",
                    HubMail.publicUrl() + "/register.xhtml");
            return;
        }
        em.persist(
                new AccountToken(
                        Secrets.sha256(token),
                        account,
                        TokenPurpose.PASSWORD_RESET,
                        Instant.now(clock)));
        new AuditTrail(em, clock)
                .record(
                        account.getEmail(),
                        "password.resetRequested",
                        "Account",
                        account.getId(),
                        null);
        HubMail.send(mail, account, "reset", HubMail.publicUrl() + "/reset.xhtml?token=" + token);
    }

    public void resetPassword(String token, String newPassword, String repeated) {
        AccountToken found =
                token == null || token.length() > 100
                        ? null
                        : em.find(AccountToken.class, Secrets.sha256(token));
        Instant now = Instant.now(clock);
        if (found == null || found.getPurpose() != TokenPurpose.PASSWORD_RESET) {
            throw new InvalidInputException("error.link");
        }
        Account account = found.getAccount();
        PasswordPolicy.check(newPassword, repeated, account.getEmail());
        if (!found.redeem(TokenPurpose.PASSWORD_RESET, now)) {
            throw new InvalidInputException("error.link");
        }
        account.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
        SessionRevocation.announce(em);
        // Every other link the account still holds dies with this one: an older reset mail is no
        // way in.
        em.createNamedQuery("AccountToken.closeOpenFor")
                .setParameter("account", account)
                .setParameter("now", now)
                .executeUpdate();
        new AuditTrail(em, clock)
                .record(account.getEmail(), "password.reset", "Account", account.getId(), null);
    }
}
