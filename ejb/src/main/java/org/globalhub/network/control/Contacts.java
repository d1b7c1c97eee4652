package org.globalhub.network.control;

import jakarta.persistence.EntityManager;
import org.globalhub.network.entity.BlockedSender;
import org.globalhub.network.entity.ContactRequest;
import org.globalhub.network.entity.DirectoryEntry;

/**
 * Who may write to whom: a colleague who shows contact details in the directory, one who accepted a
 * contact request (either way), or one who already wrote to you; never someone who blocked you.
 */
public final class Contacts {

    private final EntityManager em;

    public Contacts(EntityManager em) {
        this.em = em;
    }

    public boolean mayWrite(String from, String to) {
        if (from.equals(to) || blocked(to, from)) {
            return false;
        }
        DirectoryEntry entry = em.find(DirectoryEntry.class, to);
        if (entry != null && entry.isListed() && entry.isShowContact()) {
            return true;
        }
        long accepted =
                em.createQuery(
                                "SELECT COUNT(c) FROM ContactRequest c WHERE c.status = :accepted AND"
                                        + " ((c.sender = :a AND c.recipient = :b) OR (c.sender = :b AND c.recipient = :a))",
                                Long.class)
                        .setParameter("accepted", ContactRequest.Status.ACCEPTED)
                        .setParameter("a", from)
                        .setParameter("b", to)
                        .getSingleResult();
        if (accepted > 0) {
            return true;
        }
        return em.createQuery(
                                "SELECT COUNT(m) FROM Message m WHERE m.sender = :b AND m.recipient = :a",
                                Long.class)
                        .setParameter("a", from)
                        .setParameter("b", to)
                        .getSingleResult()
                > 0;
    }

    public boolean blocked(String owner, String sender) {
        return em.find(BlockedSender.class, new BlockedSender.Key(owner, sender)) != null;
    }
}
