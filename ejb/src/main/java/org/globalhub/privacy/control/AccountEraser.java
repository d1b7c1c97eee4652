package org.globalhub.privacy.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * Erases people: their accounts, login secrets and links go; what others still need (their feedback
 * on a tool, a concern they reported, the audit trail of curators' decisions) stays, detached from
 * them under a random alias that nothing links back to the person. The purge and a person deleting
 * their own account both erase through this one class. It gives each person an alias and tells
 * every component ({@link PersonalDataErasure}, in this transaction), which erases or aliases its
 * own tables; the privacy component names only its own.
 */
public final class AccountEraser {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    public AccountEraser(EntityManager em) {
        this.em = em;
    }

    /**
     * Erases one account in the caller's transaction and returns the alias that replaced its
     * address.
     */
    public String erase(Account account) {
        return eraseAll(List.of(account)).get(account.getId());
    }

    /** Erases the accounts in the caller's transaction; returns each one's alias by account id. */
    public Map<Long, String> eraseAll(List<Account> accounts) {
        Map<Long, String> aliasById = new LinkedHashMap<>();
        List<PersonalDataErasure.Person> people = new ArrayList<>();
        for (Account account : accounts) {
            String alias = newAlias();
            aliasById.put(account.getId(), alias);
            people.add(new PersonalDataErasure.Person(account.getId(), account.getEmail(), alias));
        }
        if (accounts.isEmpty()) {
            return aliasById;
        }
        em.flush();
        accounts.forEach(em::detach);
        PersonalDataErasure erasure = new PersonalDataErasure(List.copyOf(people));
        erasure.alias(em, "PurgeRun", "startedBy", "purge_run", "started_by");
        erasure.alias(em, "RetentionRule", "changedBy", "retention_rule", "changed_by");
        CDI.current().getBeanManager().getEvent().select(PersonalDataErasure.class).fire(erasure);
        return aliasById;
    }

    /** "former-" and 48 random bits: unique enough for display, meaningless to anyone. */
    static String newAlias() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "former-" + HexFormat.of().formatHex(bytes);
    }
}
