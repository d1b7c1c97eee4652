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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.network.control.Contacts;
import org.globalhub.network.control.Notices;
import org.globalhub.network.entity.BlockedSender;
import org.globalhub.network.entity.DirectoryEntry;
import org.globalhub.network.entity.Message;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * Direct messages between agents: conversations with unread counts, sending (only where {@link
 * Contacts} allows), blocking, and reporting abuse to curators, who see reported messages and
 * nothing else.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class MessageService {

    @Inject Clock clock;

    /** One conversation: the colleague, the last message's time, how many of theirs are unread. */
    public record Conversation(
            long accountId, String name, String agency, Instant last, long unread) {}

    /** A message as its thread shows it. */
    public record Line(long id, boolean mine, String body, Instant sentAt, boolean reported) {}

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    /**
     * The caller's conversations, newest first. The colleague's agency shows only where they shared
     * it in the directory (consent applies wherever a person is shown); their name shows, as
     * everyone who writes shows it.
     */
    public List<Conversation> conversations() {
        Map<String, Conversation> byColleague = new LinkedHashMap<>();
        for (Message m :
                em.createNamedQuery("Message.involving", Message.class)
                        .setParameter("me", caller())
                        .getResultList()) {
            String other = m.getSender().equals(caller()) ? m.getRecipient() : m.getSender();
            boolean unread = m.getRecipient().equals(caller()) && m.getReadAt() == null;
            Conversation seen = byColleague.get(other);
            if (seen == null) {
                DirectoryEntry entry = em.find(DirectoryEntry.class, other);
                AccountLookup.findByEmail(em, other)
                        .ifPresent(
                                a ->
                                        byColleague.put(
                                                other,
                                                new Conversation(
                                                        a.getId(),
                                                        a.getApplicant().getFullName(),
                                                        entry != null
                                                                        && entry.isListed()
                                                                        && entry.isShowAgency()
                                                                ? a.getApplicant().getAgency()
                                                                : null,
                                                        m.getSentAt(),
                                                        unread ? 1 : 0)));
            } else if (unread) {
                byColleague.put(
                        other,
                        new Conversation(
                                seen.accountId(),
                                seen.name(),
                                seen.agency(),
                                seen.last(),
                                seen.unread() + 1));
            }
        }
        return new ArrayList<>(byColleague.values());
    }

    /** The thread with a colleague, oldest first; their messages become read. */
    public List<Line> thread(long accountId) {
        Account other = colleague(accountId);
        Instant now = Instant.now(clock);
        List<Line> lines = new ArrayList<>();
        for (Message m :
                em.createNamedQuery("Message.between", Message.class)
                        .setParameter("a", caller())
                        .setParameter("b", other.getEmail())
                        .getResultList()) {
            if (m.getRecipient().equals(caller())) {
                m.read(now);
            }
            lines.add(
                    new Line(
                            m.getId(),
                            m.getSender().equals(caller()),
                            m.getBody(),
                            m.getSentAt(),
                            m.isReported()));
        }
        return lines;
    }

    public boolean mayWrite(long accountId) {
        return new Contacts(em).mayWrite(caller(), colleague(accountId).getEmail());
    }

    public void send(long accountId, String body) {
        Account to = colleague(accountId);
        if (!new Contacts(em).mayWrite(caller(), to.getEmail())) {
            throw new InvalidInputException("message.notAllowed");
        }
        String text = Texts.clean(body, "message.body", true, Message.MAX_LENGTH);
        Instant now = Instant.now(clock);
        em.persist(new Message(caller(), to.getEmail(), text, now));
        Account me =
                AccountLookup.findByEmail(em, caller())
                        .orElseThrow(() -> new NotFoundException("privacy.noAccount"));
        // The notice points to the sender (by id, named when shown); the message itself never
        // travels by e-mail.
        new Notices(em, mail)
                .sendAbout(
                        to, NotificationKind.NEW_MESSAGE, me, me.getApplicant().getFullName(), now);
    }

    public long unreadCount() {
        return em.createNamedQuery("Message.countUnread", Long.class)
                .setParameter("me", caller())
                .getSingleResult();
    }

    public void block(long accountId) {
        Account other = colleague(accountId);
        if (em.find(BlockedSender.class, new BlockedSender.Key(caller(), other.getEmail()))
                == null) {
            em.persist(new BlockedSender(caller(), other.getEmail()));
        }
    }

    public void unblock(long accountId) {
        BlockedSender found =
                em.find(
                        BlockedSender.class,
                        new BlockedSender.Key(caller(), colleague(accountId).getEmail()));
        if (found != null) {
            em.remove(found);
        }
    }

    public boolean hasBlocked(long accountId) {
        return new Contacts(em).blocked(caller(), colleague(accountId).getEmail());
    }

    /** The recipient reports a message as abuse: curators see it. */
    public void report(long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null || !message.getRecipient().equals(caller())) {
            throw new NotFoundException("error.notFound", messageId);
        }
        message.report();
        new AuditTrail(em, clock).record(caller(), "message.reported", "Message", messageId, null);
    }

    /** Reported messages, for curators: the report is the reason they may read them. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Message> reported() {
        return em.createNamedQuery("Message.findReported", Message.class)
                .setMaxResults(200)
                .getResultList();
    }

    private Account colleague(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null
                || account.getStatus() != AccountStatus.ACTIVE
                || account.getEmail().equals(caller())) {
            throw new NotFoundException("message.noColleague", accountId);
        }
        return account;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
