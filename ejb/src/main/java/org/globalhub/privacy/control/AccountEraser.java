package org.globalhub.privacy.control;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.globalhub.identity.control.SessionRevocation;
import org.globalhub.identity.entity.Account;

/**
 * Erases people: their accounts, login secrets and links go; what others still need (their feedback on a tool,
 * a concern they reported, the audit trail of curators' decisions) stays, detached from them under a random
 * alias that nothing links back to the person. The purge and a person deleting their own account both erase
 * through this one class. It works on a slice of accounts at a time: one lookup per column that can name a
 * person, then updates only where a name was found.
 */
public final class AccountEraser {

    /** Where a person's e-mail address can stand outside their account: entity.field → table.column. */
    private static final List<String[]> PERSON_COLUMNS = List.of(
            new String[] {"Feedback", "author", "feedback", "author"},
            new String[] {"Feedback", "moderatedBy", "feedback", "moderated_by"},
            new String[] {"Concern", "reporter", "concern", "reporter"},
            new String[] {"Concern", "decidedBy", "concern", "decided_by"},
            new String[] {"Account", "decidedBy", "account", "decided_by"},
            new String[] {"AuditEntry", "actor", "audit_entry", "actor"},
            new String[] {"AgencyDomain", "addedBy", "agency_domain", "added_by"},
            new String[] {"ImportRun", "startedBy", "import_run", "started_by"},
            new String[] {"PurgeRun", "startedBy", "purge_run", "started_by"},
            new String[] {"RetentionRule", "changedBy", "retention_rule", "changed_by"},
            new String[] {"HubEvent", "createdBy", "hub_event", "created_by"},
            new String[] {"Article", "updatedBy", "learning_article", "updated_by"},
            new String[] {"ArticleVersion", "savedBy", "learning_article_version", "saved_by"});
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    public AccountEraser(EntityManager em) {
        this.em = em;
    }

    /** Erases one account in the caller's transaction and returns the alias that replaced its address. */
    public String erase(Account account) {
        return eraseAll(List.of(account)).get(account.getId());
    }

    /** Erases the accounts in the caller's transaction; returns each one's alias by account id. */
    public Map<Long, String> eraseAll(List<Account> accounts) {
        Map<String, String> aliasByEmail = new LinkedHashMap<>();
        Map<Long, String> aliasById = new LinkedHashMap<>();
        for (Account account : accounts) {
            String alias = newAlias();
            aliasByEmail.put(account.getEmail(), alias);
            aliasById.put(account.getId(), alias);
        }
        if (accounts.isEmpty()) {
            return aliasById;
        }
        List<String> emails = List.copyOf(aliasByEmail.keySet());
        List<Long> ids = List.copyOf(aliasById.keySet());
        em.flush();
        for (String[] column : PERSON_COLUMNS) {
            List<String> found = em.createQuery("SELECT DISTINCT x." + column[1] + " FROM " + column[0] + " x WHERE x." + column[1]
                    + " IN :emails", String.class).setParameter("emails", emails).getResultList();
            for (String email : found) {
                em.createNativeQuery("UPDATE " + column[2] + " SET " + column[3] + " = ?1 WHERE " + column[3] + " = ?2")
                        .setParameter(1, aliasByEmail.get(email)).setParameter(2, email).executeUpdate();
            }
        }
        // Older events about an account may quote its address in their details.
        for (Account account : accounts) {
            em.createNativeQuery("UPDATE audit_entry SET details = NULL WHERE subject_type = 'Account' AND subject_id = ?1"
                    + " AND details LIKE ?2").setParameter(1, String.valueOf(account.getId()))
                    .setParameter(2, "%" + account.getEmail() + "%").executeUpdate();
            em.detach(account);
        }
        // What only the person had use for goes with them: saved searches, shortlists, favourites, notifications, learning progress.
        em.createQuery("DELETE FROM SavedSelection s WHERE s.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM FavouriteTool f WHERE f.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM Notification n WHERE n.recipient IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM NotificationPreference p WHERE p.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM LessonProgress p WHERE p.owner IN :emails").setParameter("emails", emails).executeUpdate();
        // The directory entry, contacts, blocks and the person's conversations (their words and what was said to them).
        em.createQuery("DELETE FROM DirectoryEntry d WHERE d.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM ToolSubscription s WHERE s.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM EventReminder r WHERE r.owner IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM ContactRequest c WHERE c.sender IN :emails OR c.recipient IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM BlockedSender b WHERE b.owner IN :emails OR b.blocked IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM Message m WHERE m.sender IN :emails OR m.recipient IN :emails").setParameter("emails", emails).executeUpdate();
        // Mails to the person, queued or sent: the outbox keeps no trace of them (a confirmation of this erasure is queued after).
        em.createQuery("DELETE FROM OutboxMail m WHERE m.recipient IN :emails").setParameter("emails", emails).executeUpdate();
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account.id IN :ids").setParameter("ids", ids).executeUpdate();
        em.createQuery("DELETE FROM AccountToken t WHERE t.account.id IN :ids").setParameter("ids", ids).executeUpdate();
        em.createNamedQuery("LoginSession.deleteFor").setParameter("ids", ids).executeUpdate();
        for (Long id : ids) {
            // Failed-login counts of an address and this account ("pair:<address>|<id>", see LoginThrottle).
            em.createNamedQuery("LoginFailure.deleteForAccount").setParameter("pairsOfAccount", "pair:%|" + id).executeUpdate();
        }
        // The ids are numbers from the database, written into the statement: one statement for the whole slice.
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM account_role WHERE account_id IN (" + idList + ")").executeUpdate();
        em.createNativeQuery("DELETE FROM account WHERE id IN (" + idList + ")").executeUpdate();
        // Their other open sessions end at their next request, on every server.
        SessionRevocation.announce(em);
        return aliasById;
    }

    /** "former-" and 48 random bits: unique enough for display, meaningless to anyone. */
    static String newAlias() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "former-" + HexFormat.of().formatHex(bytes);
    }
}
