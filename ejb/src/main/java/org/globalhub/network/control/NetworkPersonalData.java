package org.globalhub.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.network.entity.BlockedSender;
import org.globalhub.network.entity.ContactRequest;
import org.globalhub.network.entity.DirectoryEntry;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.network.entity.Message;
import org.globalhub.network.entity.ToolSubscription;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The network component's part of a person's data. For "my data" and its export: the directory
 * entry with each sharing choice, messages and contact requests (with the colleague's name),
 * blocks, subscriptions, event reminders and e-mail choices for notices.
 */
@ApplicationScoped
public class NetworkPersonalData {

    @PersistenceContext EntityManager em;

    /**
     * At erasure: the person's notices, choices, directory entry, contacts, blocks and
     * conversations go (their words and what was said to them); events they announced stay under
     * their alias.
     */
    void erase(@Observes PersonalDataErasure erasure) {
        List<String> emails = erasure.emails();
        erasure.alias(em, "HubEvent", "createdBy", "hub_event", "created_by");
        em.createQuery("DELETE FROM Notification n WHERE n.recipient IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery("DELETE FROM NotificationPreference p WHERE p.owner IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery("DELETE FROM DirectoryEntry d WHERE d.owner IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery("DELETE FROM ToolSubscription s WHERE s.owner IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery("DELETE FROM EventReminder r WHERE r.owner IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery(
                        "DELETE FROM ContactRequest c WHERE c.sender IN :emails OR c.recipient IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery(
                        "DELETE FROM BlockedSender b WHERE b.owner IN :emails OR b.blocked IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
        em.createQuery("DELETE FROM Message m WHERE m.sender IN :emails OR m.recipient IN :emails")
                .setParameter("emails", emails)
                .executeUpdate();
    }

    void describe(@Observes PersonalDataRequest request) {
        String me = request.email();
        directory(request, em.find(DirectoryEntry.class, me));

        List<Message> messages =
                em.createNamedQuery("Message.involving", Message.class)
                        .setParameter("me", me)
                        .getResultList();
        List<ContactRequest> contacts =
                em.createQuery(
                                "SELECT c FROM ContactRequest c WHERE c.sender = :me OR c.recipient = :me"
                                        + " ORDER BY c.createdAt DESC",
                                ContactRequest.class)
                        .setParameter("me", me)
                        .getResultList();
        List<BlockedSender> blocks =
                em.createQuery(
                                "SELECT b FROM BlockedSender b WHERE b.owner = :me",
                                BlockedSender.class)
                        .setParameter("me", me)
                        .getResultList();
        Function<String, String> name = names(me, messages, contacts, blocks);
        request.add(
                "mydata.section.messages",
                List.of(
                        "mydata.col.when",
                        "mydata.col.direction",
                        "mydata.col.colleague",
                        "mydata.col.text"),
                messages.stream()
                        .map(
                                m ->
                                        row(
                                                m.getSentAt(),
                                                direction(m.getSender().equals(me)),
                                                name.apply(
                                                        m.getSender().equals(me)
                                                                ? m.getRecipient()
                                                                : m.getSender()),
                                                m.getBody()))
                        .toList());
        request.add(
                "mydata.section.contacts",
                List.of(
                        "mydata.col.when",
                        "mydata.col.direction",
                        "mydata.col.colleague",
                        "mydata.col.text",
                        "mydata.col.status"),
                contacts.stream()
                        .map(
                                c ->
                                        row(
                                                c.getCreatedAt(),
                                                direction(c.getSender().equals(me)),
                                                name.apply(
                                                        c.getSender().equals(me)
                                                                ? c.getRecipient()
                                                                : c.getSender()),
                                                c.getNote(),
                                                PersonalDataRequest.term(
                                                        "contact.status." + c.getStatus().name())))
                        .toList());
        request.add(
                "mydata.section.blocks",
                List.of("mydata.col.colleague"),
                blocks.stream().map(b -> List.of(name.apply(b.getBlocked()))).toList());
        request.add(
                "mydata.section.subscriptions",
                List.of("mydata.col.category"),
                em.createQuery(
                                "SELECT s FROM ToolSubscription s WHERE s.owner = :me",
                                ToolSubscription.class)
                        .setParameter("me", me)
                        .getResultStream()
                        .map(s -> List.of(PersonalDataRequest.term("purpose." + s.getPurpose())))
                        .toList());
        request.add(
                "mydata.section.reminders",
                List.of("mydata.col.when", "mydata.col.event"),
                em.createQuery(
                                "SELECT e FROM EventReminder r, HubEvent e WHERE r.eventId = e.id AND r.owner = :me",
                                HubEvent.class)
                        .setParameter("me", me)
                        .getResultStream()
                        .map(e -> row(e.getStartsAt(), e.getTitle()))
                        .toList());
        request.add(
                "mydata.section.emailChoices",
                List.of("mydata.col.kind", "mydata.col.byEmail"),
                new Notices(em, null)
                        .preferences(me).entrySet().stream()
                                .map(
                                        e ->
                                                List.of(
                                                        PersonalDataRequest.term(
                                                                "notifications.kind."
                                                                        + e.getKey().name()),
                                                        PersonalDataRequest.yesNo(e.getValue())))
                                .toList());
    }

    private static void directory(PersonalDataRequest request, DirectoryEntry entry) {
        List<List<String>> rows = new ArrayList<>();
        if (entry != null) {
            Map<String, Boolean> choices = new java.util.LinkedHashMap<>();
            choices.put("listed", entry.isListed());
            choices.put("showName", entry.isShowName());
            choices.put("showAgency", entry.isShowAgency());
            choices.put("showCountry", entry.isShowCountry());
            choices.put("showLanguages", entry.isShowLanguages());
            choices.put("showExpertise", entry.isShowExpertise());
            choices.put("showTools", entry.isShowTools());
            choices.put("showContact", entry.isShowContact());
            choices.forEach(
                    (field, chosen) ->
                            rows.add(
                                    List.of(
                                            PersonalDataRequest.term("profile." + field),
                                            PersonalDataRequest.yesNo(chosen))));
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            texts.put("languages", entry.getLanguages());
            texts.put("expertise", entry.getExpertise());
            texts.put("toolsUsed", entry.getToolsUsed());
            texts.forEach(
                    (field, text) ->
                            rows.add(
                                    List.of(
                                            PersonalDataRequest.term("profile." + field),
                                            nullToEmpty(text))));
        }
        request.add(
                "mydata.section.directory", List.of("mydata.col.field", "mydata.col.value"), rows);
    }

    /** The colleagues' names in one query; a colleague whose account is gone stays unnamed. */
    private Function<String, String> names(
            String me,
            List<Message> messages,
            List<ContactRequest> contacts,
            List<BlockedSender> blocks) {
        List<String> emails = new ArrayList<>();
        messages.forEach(
                m -> emails.add(m.getSender().equals(me) ? m.getRecipient() : m.getSender()));
        contacts.forEach(
                c -> emails.add(c.getSender().equals(me) ? c.getRecipient() : c.getSender()));
        blocks.forEach(b -> emails.add(b.getBlocked()));
        Map<String, String> byEmail = AccountLookup.fullNamesByEmail(em, emails);
        return email -> byEmail.getOrDefault(email, "");
    }

    private static String direction(boolean sent) {
        return PersonalDataRequest.term("mydata.direction." + (sent ? "sent" : "received"));
    }

    private static List<String> row(Instant when, String... cells) {
        List<String> row = new ArrayList<>();
        row.add(PersonalDataRequest.time(when));
        row.addAll(java.util.Arrays.stream(cells).map(NetworkPersonalData::nullToEmpty).toList());
        return row;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
