package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.NotFoundException;

/** Loads accounts for the identity services, with the "not found" rule in one place. */
public final class AccountLookup {

    private AccountLookup() {
    }

    public static Account get(EntityManager em, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.notFound", accountId);
        }
        return account;
    }

    /** By e-mail as stored (lower case). */
    public static Optional<Account> findByEmail(EntityManager em, String email) {
        List<Account> found = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
        return found.stream().findFirst();
    }
}
