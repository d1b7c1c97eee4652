package org.globalhub.network.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.entity.Account;
import org.globalhub.network.entity.Notification;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.network.entity.NotificationPreference;
import org.globalhub.platform.mail.Outbox;

/**
 * Writes one notification in the Hub and, if the person wants this kind by e-mail, mails it in
 * their language (mails_*.properties: {@code <kind>.subject/body}), through the outbox.
 */
public final class Notices {

    private final EntityManager em;
    private final Outbox mail;

    public Notices(EntityManager em, Outbox mail) {
        this.em = em;
        this.mail = mail;
    }

    public void send(
            Account to,
            NotificationKind kind,
            Long toolId,
            String name,
            String detail,
            String mailDetail,
            Instant now) {
        em.persist(new Notification(to.getEmail(), kind, toolId, name, detail, now));
        if (wantsEmail(to.getEmail(), kind)) {
            HubMail.send(mail, to, mailKey(kind), mailDetail);
        }
    }

    /**
     * A notice about a colleague {@code about}: in the Hub by account id only; by mail with {@code
     * mailDetail}.
     */
    public void sendAbout(
            Account to, NotificationKind kind, Account about, String mailDetail, Instant now) {
        em.persist(Notification.about(to.getEmail(), kind, about.getId(), now));
        if (wantsEmail(to.getEmail(), kind)) {
            HubMail.send(mail, to, mailKey(kind), mailDetail);
        }
    }

    public boolean wantsEmail(String owner, NotificationKind kind) {
        return preferences(owner).get(kind);
    }

    /**
     * Per kind, whether the person gets it by e-mail: their stored choice, else the kind's default.
     */
    public java.util.Map<NotificationKind, Boolean> preferences(String owner) {
        java.util.Map<NotificationKind, Boolean> byEmail =
                new java.util.EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            byEmail.put(kind, kind.isEmailByDefault());
        }
        em.createNamedQuery("NotificationPreference.findByOwner", NotificationPreference.class)
                .setParameter("me", owner)
                .getResultList()
                .forEach(p -> byEmail.put(p.getKind(), p.isByEmail()));
        return byEmail;
    }

    /** TOOL_REMOVED → toolRemoved: the mails bundle's key for the kind. */
    static String mailKey(NotificationKind kind) {
        String[] words = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
