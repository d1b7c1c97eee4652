package org.globalhub.network.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.network.control.Notices;
import org.globalhub.network.entity.Notification;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.network.entity.NotificationPreference;

/**
 * Notifications: each agent's own (list, unread count, mark read, e-mail preferences), and the removal notices
 * that go to every active agent who followed (favourite), rated or reported a removed tool: in the Hub at
 * once, in the removal's transaction; by e-mail after it committed, to those who want it.
 */
@Stateless
public class NotificationService {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:jboss/mail/hub")
    Session mail;

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Notification> mine(int max) {
        return em.createNamedQuery("Notification.findByRecipient", Notification.class).setParameter("me", caller())
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public long unreadCount() {
        return em.createNamedQuery("Notification.countUnread", Long.class).setParameter("me", caller()).getSingleResult();
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void markAllRead() {
        em.createNamedQuery("Notification.markAllRead").setParameter("me", caller()).setParameter("now", Instant.now(CLOCK)).executeUpdate();
    }

    /** Per kind, whether the caller also gets it by e-mail. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Map<NotificationKind, Boolean> myEmailPreferences() {
        return preferences(caller());
    }

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public void setEmailPreference(NotificationKind kind, boolean byEmail) {
        if (kind == null) {
            throw new org.globalhub.platform.InvalidInputException("error.unexpected");
        }
        NotificationPreference stored = em.find(NotificationPreference.class, new NotificationPreference.Key(caller(), kind));
        if (stored == null) {
            em.persist(new NotificationPreference(caller(), kind, byEmail));
        } else {
            stored.setByEmail(byEmail);
        }
    }

    /** In the removal's transaction: one notice in the Hub for each agent who followed, rated or reported the tool. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public int noticeToolRemoved(long toolId, String toolName, String reason) {
        Instant now = Instant.now(CLOCK);
        List<Account> concerned = concerned(toolId);
        for (Account account : concerned) {
            em.persist(new Notification(account.getEmail(), NotificationKind.TOOL_REMOVED, toolId, toolName, reason, now));
        }
        new AuditTrail(em, CLOCK).record(caller(), "notice.toolRemoved", "Tool", toolId, concerned.size() + " agents informed");
        return concerned.size();
    }

    /**
     * After the removal committed: the same notice by e-mail to those who want it (a failed mail is logged). Its
     * own transaction: the removal's one has ended (committed) when this runs.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void mailToolRemoved(long toolId, String toolName, String reason) {
        for (Account account : concerned(toolId)) {
            if (new Notices(em, mail).wantsEmail(account.getEmail(), NotificationKind.TOOL_REMOVED)) {
                try {
                    HubMail.send(mail, account, "toolRemoved", toolName + "\n\n" + reason);
                } catch (HubMail.MailNotSentException e) {
                    LOG.warning(() -> "Removal notice for tool " + toolId + " not mailed to account " + account.getId());
                }
            }
        }
    }

    /** Active agents who marked the tool as a favourite, gave feedback on it or reported a concern about it. */
    private List<Account> concerned(long toolId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.status = :active AND ("
                        + " a.email IN (SELECT f.owner FROM FavouriteTool f WHERE f.toolId = :tool)"
                        + " OR a.email IN (SELECT b.author FROM Feedback b WHERE b.tool.id = :tool)"
                        + " OR a.email IN (SELECT c.reporter FROM Concern c WHERE c.tool.id = :tool)) ORDER BY a.id", Account.class)
                .setParameter("active", AccountStatus.ACTIVE).setParameter("tool", toolId).getResultList();
    }

    private Map<NotificationKind, Boolean> preferences(String owner) {
        Map<NotificationKind, Boolean> byEmail = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            byEmail.put(kind, kind.isEmailByDefault());
        }
        em.createNamedQuery("NotificationPreference.findByOwner", NotificationPreference.class).setParameter("me", owner).getResultList()
                .forEach(p -> byEmail.put(p.getKind(), p.isByEmail()));
        return byEmail;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
