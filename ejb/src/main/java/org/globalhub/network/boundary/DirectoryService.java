package org.globalhub.network.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.network.control.Contacts;
import org.globalhub.network.control.Notices;
import org.globalhub.network.entity.ContactRequest;
import org.globalhub.network.entity.DirectoryEntry;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * The directory of agents who opted in, field by field. A field an agent did not share is never
 * shown and never matched by a search, to anyone (curators and administrators included). Opting out
 * deletes the entry at once. Agents ask colleagues who do not show contact details for contact; the
 * colleague accepts or declines.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class DirectoryService {

    @Inject Clock clock;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> PURPOSES =
            Arrays.stream(Purpose.values()).map(Enum::name).collect(Collectors.toSet());

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    public Optional<DirectoryEntry> myEntry() {
        return Optional.ofNullable(em.find(DirectoryEntry.class, caller()));
    }

    public void saveMyEntry(DirectoryForm form) {
        DirectoryEntry entry = em.find(DirectoryEntry.class, caller());
        if (!form.listed()) {
            if (entry != null) {
                em.remove(entry);
                new AuditTrail(em, clock)
                        .record(caller(), "directory.optedOut", "Directory", "-", null);
            }
            return;
        }
        String languages =
                codes(
                        form.languages(),
                        LANGUAGES,
                        s -> s.toLowerCase(Locale.ROOT),
                        "error.language");
        String expertise =
                codes(
                        form.expertise(),
                        PURPOSES,
                        s -> s.toUpperCase(Locale.ROOT),
                        "directory.unknownExpertise");
        String tools = Texts.clean(form.toolsUsed(), "directory.toolsUsed", false, 1000);
        if (entry == null) {
            entry = new DirectoryEntry(caller());
            em.persist(entry);
        }
        entry.consent(
                new boolean[] {
                    form.showName(),
                    form.showAgency(),
                    form.showCountry(),
                    form.showLanguages(),
                    form.showExpertise(),
                    form.showTools(),
                    form.showContact()
                },
                languages,
                expertise,
                tools,
                Instant.now(clock));
        new AuditTrail(em, clock).record(caller(), "directory.consented", "Directory", "-", null);
    }

    /**
     * Listed colleagues matching every given criterion, each matched only on a field they share.
     */
    public List<DirectoryCard> search(
            String country, String language, String expertise, String tool) {
        Map<String, Account> accounts =
                em
                        .createQuery(
                                "SELECT a FROM Account a WHERE a.status = :active AND a.email IN"
                                        + " (SELECT d.owner FROM DirectoryEntry d WHERE d.listed = true)",
                                Account.class)
                        .setParameter("active", AccountStatus.ACTIVE)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(Account::getEmail, Function.identity()));
        Contacts contacts = new Contacts(em);
        List<DirectoryCard> cards = new ArrayList<>();
        for (DirectoryEntry entry :
                em.createNamedQuery("DirectoryEntry.findListed", DirectoryEntry.class)
                        .getResultList()) {
            Account account = accounts.get(entry.getOwner());
            if (account == null || entry.getOwner().equals(caller())) {
                continue;
            }
            String countryCode = account.getApplicant().getCountryCode();
            if (!blank(country)
                    && !(entry.isShowCountry() && countryCode.equalsIgnoreCase(country.strip()))) {
                continue;
            }
            if (!blank(language)
                    && !(entry.isShowLanguages()
                            && list(entry.getLanguages())
                                    .contains(language.strip().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (!blank(expertise)
                    && !(entry.isShowExpertise()
                            && list(entry.getExpertise())
                                    .contains(expertise.strip().toUpperCase(Locale.ROOT)))) {
                continue;
            }
            if (!blank(tool)
                    && !(entry.isShowTools()
                            && entry.getToolsUsed() != null
                            && entry.getToolsUsed()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(tool.strip().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            cards.add(card(entry, account, contacts));
        }
        return cards;
    }

    private DirectoryCard card(DirectoryEntry entry, Account account, Contacts contacts) {
        return new DirectoryCard(
                account.getId(),
                entry.isShowName() ? account.getApplicant().getFullName() : null,
                entry.isShowAgency() ? account.getApplicant().getAgency() : null,
                entry.isShowCountry() ? account.getApplicant().getCountryCode() : null,
                entry.isShowLanguages() ? list(entry.getLanguages()) : null,
                entry.isShowExpertise() ? list(entry.getExpertise()) : null,
                entry.isShowTools() ? entry.getToolsUsed() : null,
                entry.isShowContact() ? account.getEmail() : null,
                contacts.mayWrite(caller(), account.getEmail()));
    }

    /** Asks a listed colleague for contact; they are notified and decide. */
    public void requestContact(long accountId, String note) {
        Account to = listedAccount(accountId);
        String clean = Texts.clean(note, "directory.note", false, 500);
        long pending =
                em.createQuery(
                                "SELECT COUNT(c) FROM ContactRequest c WHERE c.sender = :me AND c.recipient = :to AND c.status = :pending",
                                Long.class)
                        .setParameter("me", caller())
                        .setParameter("to", to.getEmail())
                        .setParameter("pending", ContactRequest.Status.PENDING)
                        .getSingleResult();
        if (pending > 0) {
            throw new InvalidInputException("contact.pending");
        }
        em.persist(new ContactRequest(caller(), to.getEmail(), clean, Instant.now(clock)));
        Account me = self();
        // The note stays with the request (the directory page shows it); the notice only points to
        // the asker.
        new Notices(em, mail)
                .sendAbout(
                        to,
                        NotificationKind.CONTACT_REQUEST,
                        me,
                        me.getApplicant().getFullName() + ", " + me.getApplicant().getAgency(),
                        Instant.now(clock));
    }

    /**
     * Requests waiting for the caller's answer, with who asks (name and agency: the asker shows
     * them by asking).
     */
    public List<PendingContact> pendingRequests() {
        List<PendingContact> pending = new ArrayList<>();
        for (ContactRequest request :
                em.createQuery(
                                "SELECT c FROM ContactRequest c WHERE c.recipient = :me AND c.status = :pending"
                                        + " ORDER BY c.createdAt",
                                ContactRequest.class)
                        .setParameter("me", caller())
                        .setParameter("pending", ContactRequest.Status.PENDING)
                        .getResultList()) {
            AccountLookup.findByEmail(em, request.getSender())
                    .ifPresent(
                            a ->
                                    pending.add(
                                            new PendingContact(
                                                    request.getId(),
                                                    a.getApplicant().getFullName(),
                                                    a.getApplicant().getAgency(),
                                                    request.getNote(),
                                                    request.getCreatedAt())));
        }
        return pending;
    }

    public void answerRequest(long requestId, boolean accept) {
        ContactRequest request = em.find(ContactRequest.class, requestId);
        if (request == null || !request.getRecipient().equals(caller())) {
            throw new NotFoundException("error.notFound", requestId);
        }
        request.decide(accept, Instant.now(clock));
    }

    /** A contact request shown to the colleague who decides. */
    public record PendingContact(long id, String name, String agency, String note, Instant at) {}

    private Account listedAccount(long accountId) {
        Account account = em.find(Account.class, accountId);
        DirectoryEntry entry =
                account == null ? null : em.find(DirectoryEntry.class, account.getEmail());
        if (entry == null
                || !entry.isListed()
                || account.getStatus() != AccountStatus.ACTIVE
                || account.getEmail().equals(caller())) {
            throw new NotFoundException("directory.notListed", accountId);
        }
        return account;
    }

    private static String codes(
            String text,
            Set<String> allowed,
            java.util.function.UnaryOperator<String> normal,
            String error) {
        List<String> codes = new ArrayList<>();
        for (String code : list(text)) {
            String value = normal.apply(code);
            if (!allowed.contains(value)) {
                throw new InvalidInputException(error, code);
            }
            if (!codes.contains(value)) {
                codes.add(value);
            }
        }
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[,|]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Account self() {
        return AccountLookup.findByEmail(em, caller())
                .orElseThrow(() -> new NotFoundException("privacy.noAccount"));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
