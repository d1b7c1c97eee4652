package org.globalhub.catalogue.boundary;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.control.ProviderTerms;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderMembership;
import org.globalhub.catalogue.entity.ProviderReply;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;
import org.globalhub.catalogue.entity.VersionState;
import org.globalhub.identity.Roles;
import org.globalhub.identity.boundary.Registration;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.AccountRegistration;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.ProviderPeople;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * Providers as members: an organisation applies, a curator admits it (as a new provider record or
 * taking over a listed one, never by a name match) or refuses it; its people accept the Terms of
 * Engagement and see their own tools.
 */
@Stateless
public class ProviderMembershipService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    /**
     * An organisation applies through its contact person, who becomes its first person and manager
     * once a curator admits it. An address that already has an account gets a mail saying so, and
     * nothing is stored.
     */
    @PermitAll // applying is how a provider's contact becomes known
    public void apply(ProviderApplication form) {
        if (!form.termsAccepted()) {
            throw new InvalidInputException("error.terms");
        }
        if (form.joins()) {
            join(form);
            return;
        }
        Provider applied =
                Provider.applied(
                        form.organisation(),
                        form.type(),
                        form.countryCode(),
                        form.region(),
                        form.website());
        Registration registration =
                new Registration(
                        form.fullName(),
                        form.organisation(),
                        form.position(),
                        form.countryCode(),
                        form.email(),
                        form.phone(),
                        applied.getWebsite(),
                        form.about(),
                        form.password(),
                        form.passwordAgain(),
                        form.consent(),
                        form.language());
        // The record first (the account refers to it); dropped again when the address was known.
        em.persist(applied);
        em.flush();
        Optional<Account> account = AccountRegistration.register(em, mail, clock, registration);
        if (account.isEmpty()) {
            em.remove(applied);
            return;
        }
        account.get().actFor(applied.getId(), true);
        account.get().acceptTerms(ProviderTerms.VERSION, Instant.now(clock));
        audit().record(
                        account.get().getEmail(),
                        "provider.applied",
                        "Provider",
                        applied.getId(),
                        "terms v" + ProviderTerms.VERSION);
    }

    /** A person asks to act for a member organisation: its manager decides. */
    private void join(ProviderApplication form) {
        Provider member = em.find(Provider.class, form.joinProvider());
        if (member == null || member.getMembership() != ProviderMembership.MEMBER) {
            throw new InvalidInputException("error.required", "provider.name");
        }
        Registration registration =
                new Registration(
                        form.fullName(),
                        member.getName(),
                        form.position(),
                        member.getCountryCode(),
                        form.email(),
                        form.phone(),
                        member.getWebsite() == null ? member.getName() : member.getWebsite(),
                        form.about(),
                        form.password(),
                        form.passwordAgain(),
                        form.consent(),
                        form.language());
        AccountRegistration.register(em, mail, clock, registration)
                .ifPresent(
                        account -> {
                            account.actFor(member.getId(), false);
                            account.acceptTerms(ProviderTerms.VERSION, Instant.now(clock));
                            audit().record(
                                            account.getEmail(),
                                            "provider.joinAsked",
                                            "Provider",
                                            member.getId(),
                                            null);
                        });
    }

    /** The member organisations a person may ask to join (their names are public). */
    @PermitAll // the provider application form lists them
    public List<Provider> memberOrganisations() {
        return em.createQuery(
                        "SELECT p FROM Provider p WHERE p.membership ="
                                + " org.globalhub.catalogue.entity.ProviderMembership.MEMBER"
                                + " ORDER BY LOWER(p.name), p.id",
                        Provider.class)
                .getResultList();
    }

    /** The people of the caller's organisation: active ones and (for its manager) those waiting. */
    @RolesAllowed(Roles.PROVIDER)
    public List<Account> colleagues() {
        long mine = myProviderId();
        boolean manager = me().isProviderManager();
        return em.createQuery(
                        "SELECT a FROM Account a WHERE a.providerId = :provider AND a.status IN"
                                + " (org.globalhub.identity.entity.AccountStatus.ACTIVE,"
                                + " org.globalhub.identity.entity.AccountStatus.VETTING)"
                                + " ORDER BY a.status, a.email",
                        Account.class)
                .setParameter("provider", mine)
                .getResultStream()
                .filter(
                        a ->
                                manager
                                        || a.getStatus()
                                                == org.globalhub.identity.entity.AccountStatus
                                                        .ACTIVE)
                .toList();
    }

    /** The organisation's manager lets a person who asked to join act for it. */
    @RolesAllowed(Roles.PROVIDER)
    public void admitColleague(long accountId) {
        Account colleague = managedColleague(accountId);
        colleague.approve(caller(), Instant.now(clock));
        audit().record(caller(), "provider.colleagueAdmitted", "Account", accountId, null);
        HubMail.send(mail, colleague, "approved", HubMail.publicUrl() + "/login.xhtml");
    }

    /**
     * The manager refuses a request to join, or ends a person's right to act for the organisation
     * (the account is suspended; its sessions end at their next request).
     */
    @RolesAllowed(Roles.PROVIDER)
    public void removeColleague(long accountId, String reason) {
        Account colleague = managedColleague(accountId);
        String clean = Texts.clean(reason, "account.decisionReason", true, 2000);
        if (colleague.getStatus() == org.globalhub.identity.entity.AccountStatus.ACTIVE) {
            colleague.suspend(clean);
            org.globalhub.identity.control.SessionRevocation.announce(em);
            HubMail.send(mail, colleague, "accountSuspended", clean);
        } else {
            colleague.reject(caller(), clean, Instant.now(clock));
            HubMail.send(mail, colleague, "rejected", clean);
        }
        audit().record(caller(), "provider.colleagueRemoved", "Account", accountId, clean);
    }

    /** Another person of the caller's organisation, if the caller manages it. */
    private Account managedColleague(long accountId) {
        Account me = me();
        Account colleague = em.find(Account.class, accountId);
        if (!me.isProviderManager()
                || colleague == null
                || colleague.getId().equals(me.getId())
                || colleague.isProviderManager()
                || !me.getProviderId().equals(colleague.getProviderId())) {
            throw new InvalidInputException("error.notAwaitingVetting");
        }
        return colleague;
    }

    /** Applications whose contact confirmed their address, oldest first. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<ProviderCase> applications() {
        return em
                .createNamedQuery("Account.findAwaitingVetting", Account.class)
                .getResultList()
                .stream()
                .filter(Account::isProvider)
                .filter(
                        a ->
                                em.find(Provider.class, a.getProviderId()).getMembership()
                                        == ProviderMembership.APPLIED)
                .map(
                        a -> {
                            Provider provider = em.find(Provider.class, a.getProviderId());
                            String host = provider.websiteHost();
                            return new ProviderCase(
                                    a,
                                    provider,
                                    host != null
                                            && (a.emailDomain().equals(host)
                                                    || a.emailDomain().endsWith("." + host)));
                        })
                .toList();
    }

    /** Provider records a curator may link an applying organisation to. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Provider> linkableProviders() {
        return em.createQuery(
                        "SELECT p FROM Provider p WHERE p.membership IN"
                                + " (org.globalhub.catalogue.entity.ProviderMembership.LISTED,"
                                + " org.globalhub.catalogue.entity.ProviderMembership.MEMBER)"
                                + " ORDER BY LOWER(p.name), p.id",
                        Provider.class)
                .getResultList();
    }

    /**
     * Admits the organisation: as the record it applied with, or (with {@code linkTo}) as an
     * existing provider record, whose tools its people then keep current.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void admit(long accountId, Long linkTo) {
        Account account = applicant(accountId);
        Provider applied = em.find(Provider.class, account.getProviderId());
        if (applied.getMembership() != ProviderMembership.APPLIED) {
            // a request to join a member organisation is its manager's to decide
            throw new InvalidInputException("error.notAwaitingVetting");
        }
        Provider member = applied;
        if (linkTo != null && linkTo != 0 && !linkTo.equals(applied.getId())) {
            member = em.find(Provider.class, linkTo);
            if (member == null
                    || (member.getMembership() != ProviderMembership.LISTED
                            && member.getMembership() != ProviderMembership.MEMBER)) {
                throw new InvalidInputException("error.required", "tool.provider");
            }
            account.actForLinked(member.getId());
            em.remove(applied);
        }
        if (member.getMembership() != ProviderMembership.MEMBER) {
            member.admit();
        }
        Instant now = Instant.now(clock);
        account.approve(caller(), now);
        audit().record(
                        caller(),
                        "provider.admitted",
                        "Provider",
                        member.getId(),
                        "account "
                                + account.getId()
                                + (member == applied ? "" : ", linked to this record"));
        HubMail.send(mail, account, "approved", HubMail.publicUrl() + "/login.xhtml");
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void refuse(long accountId, String reason) {
        Account account = applicant(accountId);
        String clean = Texts.clean(reason, "account.decisionReason", true, 2000);
        Provider applied = em.find(Provider.class, account.getProviderId());
        account.reject(caller(), clean, Instant.now(clock));
        applied.refuse();
        audit().record(caller(), "provider.refused", "Provider", applied.getId(), clean);
        HubMail.send(mail, account, "rejected", clean);
    }

    private Account applicant(long accountId) {
        Account account = AccountLookup.get(em, accountId);
        if (!account.isProvider()) {
            throw new InvalidInputException("error.notAwaitingVetting");
        }
        return account;
    }

    /** The provider record the caller acts for. */
    @RolesAllowed(Roles.PROVIDER)
    public Provider myProvider() {
        return em.find(Provider.class, myProviderId());
    }

    /** The caller's provider's tools with their published and open versions, by name. */
    @RolesAllowed(Roles.PROVIDER)
    public List<ProviderToolView> myTools() {
        List<Tool> tools =
                em.createQuery(
                                "SELECT t FROM Tool t WHERE t.provider.id = :provider ORDER BY"
                                        + " LOWER(t.name), t.id",
                                Tool.class)
                        .setParameter("provider", myProviderId())
                        .getResultList();
        if (tools.isEmpty()) {
            return List.of();
        }
        Map<Long, ToolVersion> published = new HashMap<>();
        Map<Long, ToolVersion> open = new HashMap<>();
        em.createQuery(
                        "SELECT v FROM ToolVersion v WHERE v.tool.id IN :ids AND v.state IN"
                                + " (org.globalhub.catalogue.entity.VersionState.PUBLISHED,"
                                + " org.globalhub.catalogue.entity.VersionState.DRAFT,"
                                + " org.globalhub.catalogue.entity.VersionState.SUBMITTED,"
                                + " org.globalhub.catalogue.entity.VersionState.RETURNED)",
                        ToolVersion.class)
                .setParameter("ids", tools.stream().map(Tool::getId).toList())
                .getResultList()
                .forEach(
                        v ->
                                (v.getState() == VersionState.PUBLISHED ? published : open)
                                        .put(v.getTool().getId(), v));
        Map<String, Integer> questions = new HashMap<>();
        em.createNamedQuery("Question.findAll", Question.class)
                .getResultList()
                .forEach(q -> questions.put(q.getId(), q.getVersion()));
        Map<Long, ProviderReply> replies = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM ProviderReply r WHERE r.tool.id IN :ids ORDER BY r.writtenAt",
                        ProviderReply.class)
                .setParameter("ids", tools.stream().map(Tool::getId).toList())
                .getResultList()
                .forEach(r -> replies.put(r.getTool().getId(), r));
        return tools.stream()
                .map(
                        t ->
                                new ProviderToolView(
                                        t,
                                        published.get(t.getId()),
                                        open.get(t.getId()),
                                        currentReply(t, replies.get(t.getId())),
                                        earlierWording(published.get(t.getId()), questions)))
                .toList();
    }

    /** How many of the version's original answers answered an earlier wording of their question. */
    private static int earlierWording(ToolVersion version, Map<String, Integer> questions) {
        return version == null
                ? 0
                : (int)
                        version.getAnswers().stream()
                                .filter(VersionAnswer::isOriginal)
                                .filter(
                                        a ->
                                                a.getQuestionVersion()
                                                        < questions.getOrDefault(
                                                                a.getQuestionId(), 0))
                                .count();
    }

    /** The reply to the tool's current decision, if the provider wrote one. */
    private static ProviderReply currentReply(Tool tool, ProviderReply latest) {
        return latest != null && latest.getDecidedAt().equals(tool.getStatusChangedAt())
                ? latest
                : null;
    }

    /**
     * The caller says their tool's published answers still hold: the yearly confirmation.
     *
     * @throws ToolNotFoundException for a tool of another provider
     */
    @RolesAllowed(Roles.PROVIDER)
    public void confirmAnswers(long toolId) {
        Tool tool = em.find(Tool.class, toolId);
        if (tool == null || tool.getProvider().getId() != myProviderId()) {
            throw new ToolNotFoundException(toolId);
        }
        tool.answersConfirmed(Instant.now(clock));
        audit().record(caller(), "tool.answersConfirmed", "Tool", toolId, null);
    }

    /**
     * The provider's right of reply to the current suspension or removal of one of its tools: once
     * per decision; curators then decide on it.
     *
     * @throws InvalidInputException when the tool is neither suspended nor removed, or the decision
     *     has its reply already
     */
    @RolesAllowed(Roles.PROVIDER)
    public void reply(long toolId, String text) {
        Tool tool = em.find(Tool.class, toolId);
        if (tool == null || tool.getProvider().getId() != myProviderId()) {
            throw new ToolNotFoundException(toolId);
        }
        ProviderReply reply = new ProviderReply(tool, text, caller(), Instant.now(clock));
        boolean answered =
                em.createNamedQuery("ProviderReply.findByTool", ProviderReply.class)
                        .setParameter("toolId", toolId)
                        .getResultStream()
                        .anyMatch(
                                r ->
                                        r.getDecision() == reply.getDecision()
                                                && r.getDecidedAt().equals(reply.getDecidedAt()));
        if (answered) {
            throw new InvalidInputException("error.reply.once");
        }
        em.persist(reply);
        audit().record(caller(), "reply.written", "Tool", toolId, reply.getDecision().name());
    }

    /** True when the caller accepted the current Terms of Engagement for providers. */
    @RolesAllowed(Roles.PROVIDER)
    public boolean termsAccepted() {
        return ProviderTerms.VERSION.equals(me().getTermsVersion());
    }

    @RolesAllowed(Roles.PROVIDER)
    public void acceptTerms() {
        Account me = me();
        me.acceptTerms(ProviderTerms.VERSION, Instant.now(clock));
        audit().record(
                        me.getEmail(),
                        "terms.accepted",
                        "Account",
                        me.getId(),
                        "v" + ProviderTerms.VERSION);
    }

    private Account me() {
        return AccountLookup.findByEmail(em, caller())
                .orElseThrow(() -> new InvalidInputException("error.notAwaitingVetting"));
    }

    private long myProviderId() {
        return ProviderPeople.providerOf(em, caller())
                .orElseThrow(() -> new ToolNotFoundException("?"));
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
