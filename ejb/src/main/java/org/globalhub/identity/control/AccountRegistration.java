package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.boundary.Registration;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.identity.entity.TokenPurpose;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.mail.Outbox;

/**
 * Registering a person, agent or provider: checks, the account, the verification link and its mail.
 * An address that already has an account gets the same work and answer ("you already have an
 * account" by mail) and no new account, so that nobody learns who is registered.
 */
public final class AccountRegistration {

    /** The privacy notice the applicant consents to; raise it when the notice changes. */
    public static final String PRIVACY_NOTICE_VERSION = "1";

    private AccountRegistration() {}

    /**
     * @return the new account (persisted, its mail queued), or empty when the address had one
     */
    public static Optional<Account> register(
            EntityManager em, Outbox mail, Clock clock, Registration form) {
        Instant now = Instant.now(clock);
        if (!form.consent()) {
            throw new InvalidInputException("error.consent");
        }
        Applicant applicant =
                new Applicant(
                        form.fullName(),
                        form.agency(),
                        form.unit(),
                        form.countryCode(),
                        form.phone(),
                        form.referee(),
                        form.purpose());
        String email = Account.normaliseEmail(form.email());
        PasswordPolicy.check(form.password(), form.passwordAgain(), email);
        AuditTrail audit = new AuditTrail(em, clock);
        // Both branches do the same work (a hash, a link, an audit entry, one queued mail), so that
        // neither the answer nor its time tells whether the address has an account.
        String passwordHash = PasswordHasher.hash(form.password().toCharArray());
        String token = Secrets.token();
        Optional<Account> existing = AccountLookup.findByEmail(em, email);
        if (existing.isPresent()) {
            audit.record(
                    "anonymous", "account.registerAgain", "Account", existing.get().getId(), null);
            HubMail.send(
                    mail, existing.get(), "accountExists", HubMail.publicUrl() + "/forgot.xhtml");
            return Optional.empty();
        }
        Account account = new Account(email, applicant, passwordHash, PRIVACY_NOTICE_VERSION, now);
        account.writeTo(form.language());
        em.persist(account);
        em.persist(
                new AccountToken(
                        Secrets.sha256(token), account, TokenPurpose.EMAIL_VERIFICATION, now));
        audit.record(
                email,
                "account.registered",
                "Account",
                account.getId(),
                "consent to privacy notice v" + PRIVACY_NOTICE_VERSION);
        HubMail.send(mail, account, "verify", HubMail.publicUrl() + "/verify.xhtml?token=" + token);
        return Optional.of(account);
    }
}
