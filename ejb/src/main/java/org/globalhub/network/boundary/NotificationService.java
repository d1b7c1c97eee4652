package org.globalhub.network.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.boundary.ToolPublished;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.network.control.Notices;
import org.globalhub.network.entity.Notification;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.network.entity.NotificationPreference;
import org.globalhub.network.entity.ToolSubscription;
import org.globalhub.platform.mail.Outbox;

/**
 * Notifications: each agent's own (list, unread count, mark read, e-mail preferences), and the
 * removal notices that go to every active agent who followed (favourite), rated or reported a
 * removed tool: in the Hub at once, in the removal's transaction; by e-mail after it committed, to
 * those who want it.
 */
@Stateless
public class NotificationService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Notice> mine(int max) {
        List<Notification> list =
                em.createNamedQuery("Notification.findByRecipient", Notification.class)
                        .setParameter("me", caller())
                        .setMaxResults(Math.max(1, Math.min(max, 200)))
                        .getResultList();
        List<Long> people =
                list.stream()
                        .map(Notification::getAboutAccount)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        Map<Long, String> names = AccountLookup.fullNames(em, people);
        return list.stream()
                .map(
                        n ->
                                new Notice(
                                        n.getId(),
                                        n.getKind(),
                                        n.getToolId(),
                                        n.getAboutAccount() == null
                                                ? n.getToolName()
                                                : names.get(n.getAboutAccount()),
                                        n.getAboutAccount() != null,
                                        n.getDetail(),
                                        n.getCreatedAt(),
                                        n.isRead()))
                .toList();
    }

    /**
     * A notice as the reader sees it: {@code subject} is the tool's name, or the colleague's name
     * as their account has it now; null when that colleague is gone ({@code aboutPerson} true),
     * which the page says in words.
     */
    public record Notice(
            long id,
            NotificationKind kind,
            Long toolId,
            String subject,
            boolean aboutPerson,
            String detail,
            Instant createdAt,
            boolean read) {}

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public long unreadCount() {
        return em.createNamedQuery("Notification.countUnread", Long.class)
                .setParameter("me", caller())
                .getSingleResult();
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void markAllRead() {
        em.createNamedQuery("Notification.markAllRead")
                .setParameter("me", caller())
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
    }

    /** Per kind, whether the caller also gets it by e-mail. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Map<NotificationKind, Boolean> myEmailPreferences() {
        return new Notices(em, mail).preferences(caller());
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void setEmailPreference(NotificationKind kind, boolean byEmail) {
        if (kind == null) {
            throw new org.globalhub.platform.InvalidInputException("error.unexpected");
        }
        NotificationPreference stored =
                em.find(
                        NotificationPreference.class,
                        new NotificationPreference.Key(caller(), kind));
        if (stored == null) {
            em.persist(new NotificationPreference(caller(), kind, byEmail));
        } else {
            stored.setByEmail(byEmail);
        }
    }

    /**
     * In the removal's transaction: one notice in the Hub for each agent who followed, rated or
     * reported the tool.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public int noticeToolRemoved(long toolId, String toolName, String reason) {
        Instant now = Instant.now(clock);
        List<Account> concerned = concerned(toolId);
        for (Account account : concerned) {
            em.persist(
                    new Notification(
                            account.getEmail(),
                            NotificationKind.TOOL_REMOVED,
                            toolId,
                            toolName,
                            reason,
                            now));
        }
        new AuditTrail(em, clock)
                .record(
                        caller(),
                        "notice.toolRemoved",
                        "Tool",
                        toolId,
                        concerned.size() + " agents informed");
        return concerned.size();
    }

    /**
     * After the removal committed: the same notice by e-mail to those who want it (a failed mail is
     * logged). Its own transaction: the removal's one has ended (committed) when this runs.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void mailToolRemoved(long toolId, String toolName, String reason) {
        for (Account account : concerned(toolId)) {
            if (new Notices(em, mail)
                    .wantsEmail(account.getEmail(), NotificationKind.TOOL_REMOVED)) {
                HubMail.send(mail, account, "toolRemoved", toolName + "\n\n" + reason);
            }
        }
    }

    /**
     * Tools appeared: every active agent subscribed to one of a tool's purposes hears of it (one
     * query for all).
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public int noticeToolsPublished(List<ToolPublished.Tool> tools) {
        Set<String> purposes =
                tools.stream()
                        .flatMap(t -> t.purposes().stream())
                        .collect(java.util.stream.Collectors.toSet());
        if (purposes.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> subscribers = new java.util.HashMap<>();
        for (Object[] row :
                em.createQuery(
                                "SELECT s.owner, s.purpose FROM ToolSubscription s WHERE s.purpose IN :purposes",
                                Object[].class)
                        .setParameter("purposes", purposes)
                        .getResultList()) {
            subscribers
                    .computeIfAbsent((String) row[1], p -> new java.util.HashSet<>())
                    .add((String) row[0]);
        }
        if (subscribers.isEmpty()) {
            return 0;
        }
        Map<String, Account> active =
                activeAccounts(
                        subscribers.values().stream()
                                .flatMap(Set::stream)
                                .collect(java.util.stream.Collectors.toSet()));
        Notices notices = new Notices(em, mail);
        int sent = 0;
        for (ToolPublished.Tool tool : tools) {
            Set<String> told = new java.util.HashSet<>();
            for (String purpose : tool.purposes()) {
                told.addAll(subscribers.getOrDefault(purpose, Set.of()));
            }
            for (String owner : told) {
                Account account = active.get(owner);
                if (account != null) {
                    notices.send(
                            account,
                            NotificationKind.NEW_TOOL,
                            tool.id(),
                            tool.name(),
                            null,
                            tool.name(),
                            Instant.now(clock));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Followed tools changed: their followers (favourites) hear of it (one query for all). */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public int noticeToolsUpdated(Map<Long, String> tools) {
        List<Object[]> follows =
                em.createQuery(
                                "SELECT f.owner, f.toolId FROM FavouriteTool f WHERE f.toolId IN :ids",
                                Object[].class)
                        .setParameter("ids", List.copyOf(tools.keySet()))
                        .getResultList();
        if (follows.isEmpty()) {
            return 0;
        }
        Map<String, Account> active =
                activeAccounts(
                        follows.stream()
                                .map(r -> (String) r[0])
                                .collect(java.util.stream.Collectors.toSet()));
        Notices notices = new Notices(em, mail);
        int sent = 0;
        for (Object[] follow : follows) {
            Account account = active.get((String) follow[0]);
            if (account != null) {
                long toolId = (Long) follow[1];
                notices.send(
                        account,
                        NotificationKind.TOOL_UPDATED,
                        toolId,
                        tools.get(toolId),
                        null,
                        tools.get(toolId),
                        Instant.now(clock));
                sent++;
            }
        }
        return sent;
    }

    private Map<String, Account> activeAccounts(Set<String> emails) {
        return em
                .createQuery(
                        "SELECT a FROM Account a WHERE a.status = :active AND a.email IN :emails",
                        Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("emails", emails)
                .getResultList()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Account::getEmail, a -> a));
    }

    /** The tool categories (purpose codes) the caller subscribed to. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Set<String> mySubscriptions() {
        return Set.copyOf(
                em.createQuery(
                                "SELECT s.purpose FROM ToolSubscription s WHERE s.owner = :me",
                                String.class)
                        .setParameter("me", caller())
                        .getResultList());
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void subscribe(String purpose, boolean on) {
        if (purpose == null
                || java.util.Arrays.stream(org.globalhub.catalogue.entity.Purpose.values())
                        .noneMatch(p -> p.name().equals(purpose))) {
            throw new org.globalhub.platform.InvalidInputException("error.filter");
        }
        ToolSubscription stored =
                em.find(ToolSubscription.class, new ToolSubscription.Key(caller(), purpose));
        if (on && stored == null) {
            em.persist(new ToolSubscription(caller(), purpose));
        } else if (!on && stored != null) {
            em.remove(stored);
        }
    }

    /**
     * Active agents who marked the tool as a favourite, gave feedback on it or reported a concern
     * about it.
     */
    private List<Account> concerned(long toolId) {
        return em.createQuery(
                        "SELECT a FROM Account a WHERE a.status = :active AND ("
                                + " a.email IN (SELECT f.owner FROM FavouriteTool f WHERE f.toolId = :tool)"
                                + " OR a.email IN (SELECT b.author FROM Feedback b WHERE b.tool.id = :tool)"
                                + " OR a.email IN (SELECT c.reporter FROM Concern c WHERE c.tool.id = :tool)) ORDER BY a.id",
                        Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("tool", toolId)
                .getResultList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
