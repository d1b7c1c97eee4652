package org.globalhub.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.AccountRegistration;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.LoginThrottle;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountToken;
import org.globalhub.identity.entity.AgencyDomain;
import org.globalhub.identity.entity.TokenPurpose;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * From registration to an active account: the form, the e-mail check by a single-use link, and the
 * curators' vetting (approve, reject with a reason, ask for more), each told to the applicant by
 * e-mail.
 */
@Stateless
public class RegistrationService {

    /** The privacy notice the applicant consents to; raise it when the notice changes. */
    public static final String PRIVACY_NOTICE_VERSION = AccountRegistration.PRIVACY_NOTICE_VERSION;

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    /**
     * Registers an applicant and mails the verification link. An address that already has an
     * account gets the same answer and no new account, so the form does not tell who is registered.
     * One source address ({@code source}) makes at most {@link LoginThrottle#REQUEST_LIMIT}
     * registration and reset requests an hour.
     */
    @PermitAll // registration is how strangers become applicants
    public void register(Registration form, String source) {
        if (!new LoginThrottle(em).request(source, Instant.now(clock))) {
            throw new InvalidInputException("error.tooManyRequests");
        }
        if (!form.consent()) {
            throw new InvalidInputException("error.consent");
        }
        AccountRegistration.register(em, mail, clock, form);
    }

    /** Redeems the link from the mail; the application then waits for vetting. */
    @PermitAll // the link in the mail is the proof
    public void verifyEmail(String token) {
        AccountToken found =
                token == null || token.length() > 100
                        ? null
                        : em.find(AccountToken.class, Secrets.sha256(token));
        Instant now = Instant.now(clock);
        if (found == null || !found.redeem(TokenPurpose.EMAIL_VERIFICATION, now)) {
            throw new InvalidInputException("error.link");
        }
        found.getAccount().emailVerified(now);
        audit().record(
                        found.getAccount().getEmail(),
                        "account.emailVerified",
                        "Account",
                        found.getAccount().getId(),
                        null);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    /**
     * One page of the agents' applications waiting for a curator, oldest first; {@code text}
     * (optional) is looked for in the address, the name and the agency. Providers' applications are
     * decided with their organisation (ProviderMembershipService). The page's known agencies are
     * read in one query.
     */
    public ListPage<VettingCase> awaitingVetting(String text, int page) {
        ListPage<Account> accounts =
                new ListQuery("a", "Account a")
                        .where(
                                "a.status IN (org.globalhub.identity.entity.AccountStatus.VETTING,"
                                        + " org.globalhub.identity.entity.AccountStatus.INFO_REQUESTED)")
                        .where("a.providerId IS NULL")
                        .contains(text, "a.email", "a.applicant.fullName", "a.applicant.agency")
                        .page(
                                em,
                                Account.class,
                                "a.emailVerifiedAt, a.id",
                                page,
                                AccountService.PAGE_SIZE);
        Set<String> domains =
                accounts.items().stream().map(Account::emailDomain).collect(Collectors.toSet());
        Map<String, String> known =
                domains.isEmpty()
                        ? Map.of()
                        : em.createQuery(
                                        "SELECT d FROM AgencyDomain d WHERE d.domain IN :domains",
                                        AgencyDomain.class)
                                .setParameter("domains", domains)
                                .getResultStream()
                                .collect(
                                        Collectors.toMap(
                                                AgencyDomain::getDomain, AgencyDomain::getAgency));
        return new ListPage<>(
                accounts.items().stream()
                        .map(a -> new VettingCase(a, known.get(a.emailDomain())))
                        .toList(),
                accounts.total(),
                accounts.first(),
                accounts.size());
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void approve(long accountId) {
        Account account = get(accountId);
        if (account.isProvider()) {
            // a provider's organisation is admitted with it, on the providers' vetting list
            throw new InvalidInputException("error.vetting.provider");
        }
        account.approve(caller(), Instant.now(clock));
        audit().record(caller(), "account.approved", "Account", accountId, null);
        HubMail.send(mail, account, "approved", HubMail.publicUrl() + "/login.xhtml");
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void reject(long accountId, String reason) {
        decideWithText(accountId, reason, Account::reject, "account.rejected", "rejected");
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void requestInformation(long accountId, String question) {
        decideWithText(
                accountId, question, Account::requestInformation, "account.infoRequested", "info");
    }

    /**
     * A vetting decision that carries a text (a reason or a question): recorded, audited and
     * mailed.
     */
    private void decideWithText(
            long accountId, String text, Decision decision, String auditAction, String mailKind) {
        Account account = get(accountId);
        String clean = Texts.clean(text, "account.decisionReason", true, 2000);
        decision.apply(account, caller(), clean, Instant.now(clock));
        audit().record(caller(), auditAction, "Account", accountId, clean);
        HubMail.send(mail, account, mailKind, clean);
    }

    @FunctionalInterface
    private interface Decision {
        void apply(Account account, String curator, String text, Instant now);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<AgencyDomain> domains() {
        return em.createNamedQuery("AgencyDomain.findAll", AgencyDomain.class).getResultList();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void addDomain(String domain, String agency) {
        AgencyDomain known = new AgencyDomain(domain, agency, caller(), Instant.now(clock));
        if (em.find(AgencyDomain.class, known.getDomain()) != null) {
            throw new InvalidInputException("error.domainExists");
        }
        em.persist(known);
        audit().record(
                        caller(),
                        "domain.added",
                        "AgencyDomain",
                        known.getDomain(),
                        known.getAgency());
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void removeDomain(String domain) {
        AgencyDomain known = domain == null ? null : em.find(AgencyDomain.class, domain);
        if (known != null) {
            em.remove(known);
            audit().record(caller(), "domain.removed", "AgencyDomain", domain, null);
        }
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
