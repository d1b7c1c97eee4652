package org.globalhub.privacy.control;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.globalhub.identity.entity.Account;

/**
 * Erases one person: their account, login secrets and links go; what others still need (their feedback on a
 * tool, a concern they reported, the audit trail of curators' decisions) stays, detached from them under a
 * random alias that nothing links back to the person. The purge and a person deleting their own account both
 * erase through this one class.
 */
public final class AccountEraser {

    /** Every column that names a person by e-mail address, outside the account itself. */
    private static final List<String> PERSON_COLUMNS = List.of(
            "feedback.author", "feedback.moderated_by", "concern.reporter", "concern.decided_by",
            "account.decided_by", "audit_entry.actor", "agency_domain.added_by", "import_run.started_by",
            "purge_run.started_by", "retention_rule.changed_by");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    public AccountEraser(EntityManager em) {
        this.em = em;
    }

    /** Erases the account in the caller's transaction and returns the alias that replaced its address. */
    public String erase(Account account) {
        String email = account.getEmail();
        String alias = newAlias();
        for (String column : PERSON_COLUMNS) {
            String[] tableAndColumn = column.split("\\.");
            em.createNativeQuery("UPDATE " + tableAndColumn[0] + " SET " + tableAndColumn[1] + " = ?1 WHERE "
                    + tableAndColumn[1] + " = ?2").setParameter(1, alias).setParameter(2, email).executeUpdate();
        }
        // Older events about the account may quote its address in their details.
        em.createNativeQuery("UPDATE audit_entry SET details = NULL WHERE subject_type = 'Account' AND subject_id = ?1"
                + " AND details LIKE ?2").setParameter(1, String.valueOf(account.getId()))
                .setParameter(2, "%" + email + "%").executeUpdate();
        em.createNamedQuery("RecoveryCode.deleteFor").setParameter("account", account).executeUpdate();
        em.createNamedQuery("AccountToken.deleteFor").setParameter("account", account).executeUpdate();
        em.remove(account);
        em.flush();
        return alias;
    }

    /** "former-" and 48 random bits: unique enough for display, meaningless to anyone. */
    static String newAlias() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "former-" + HexFormat.of().formatHex(bytes);
    }
}
