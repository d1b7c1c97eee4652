package org.globalhub.network.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.network.entity.Notification;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.network.entity.NotificationPreference;
import org.globalhub.selection.entity.FavouriteTool;

/**
 * Test-only bean (deployed by the ITs, never shipped): agents who followed, rated or reported a
 * tool.
 */
@Stateless
@PermitAll
public class NetworkProbe {

    @PersistenceContext EntityManager em;

    public String agent(String name, boolean active) {
        Account account =
                new Account(
                        name + "@police.example",
                        new Applicant(
                                "Test " + name,
                                "Test Police",
                                null,
                                "KE",
                                "+254 20 000 0000",
                                "Test referee",
                                "Tests"),
                        "x",
                        "1",
                        Instant.now());
        account.emailVerified(Instant.now());
        account.approve("curator", Instant.now());
        if (!active) {
            account.suspend("Left the service");
        }
        em.persist(account);
        return account.getEmail();
    }

    /**
     * A Hub account for a login of the test server's realm (the realm checks the password, the Hub
     * the account).
     */
    public void ensureAgent(String email, String name, String country) {
        if (em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty()) {
            Account account =
                    new Account(
                            email,
                            new Applicant(
                                    name,
                                    "Test Police",
                                    null,
                                    country,
                                    "+254 20 000 0000",
                                    "Test referee",
                                    "Tests"),
                            "x",
                            "1",
                            Instant.now());
            account.emailVerified(Instant.now());
            account.approve("curator", Instant.now());
            em.persist(account);
        }
    }

    public long idOf(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getId();
    }

    public void favourite(String email, long toolId) {
        em.persist(new FavouriteTool(email, toolId, Instant.now()));
    }

    public void rate(String email, long toolId) {
        em.persist(
                new Feedback(
                        em.find(Tool.class, toolId),
                        email,
                        3,
                        "Used it on two cases.",
                        Instant.now()));
    }

    public void report(String email, long toolId) {
        em.persist(
                new Concern(
                        em.find(Tool.class, toolId),
                        email,
                        ConcernReason.ETHICAL,
                        "Its training data is unclear.",
                        null,
                        Instant.now()));
    }

    public void noEmail(String email) {
        em.persist(new NotificationPreference(email, NotificationKind.TOOL_REMOVED, false));
    }

    /** "KIND toolName: detail" of each notification of the person. */
    public List<String> notificationsOf(String email) {
        return em
                .createNamedQuery("Notification.findByRecipient", Notification.class)
                .setParameter("me", email)
                .getResultList()
                .stream()
                .map(n -> n.getKind() + " " + n.getToolName() + ": " + n.getDetail())
                .toList();
    }

    /**
     * A notice to {@code recipient} about a colleague, as MessageService writes one for a new
     * message.
     */
    public void messageNotice(String recipient, String about) {
        Account to =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", recipient)
                        .getSingleResult();
        Account from =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", about)
                        .getSingleResult();
        em.persist(
                Notification.about(
                        to.getEmail(),
                        org.globalhub.network.entity.NotificationKind.NEW_MESSAGE,
                        from.getId(),
                        Instant.now()));
    }

    /** Erases the account as the purge and "my data" do. */
    public void erase(String email) {
        Account account =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", email)
                        .getSingleResult();
        new org.globalhub.privacy.control.AccountEraser(em).erase(account);
    }

    /** How many notifications anywhere still carry this text (a name, a note). */
    public long notificationsMentioning(String text) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.toolName LIKE :t OR n.detail LIKE :t",
                        Long.class)
                .setParameter("t", "%" + text + "%")
                .getSingleResult();
    }
}
