package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.NotFoundException;

/** Loads accounts for the identity services, with the "not found" rule in one place. */
public final class AccountLookup {

    private AccountLookup() {}

    public static Account get(EntityManager em, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.notFound", accountId);
        }
        return account;
    }

    /** The full names of the accounts that still exist among {@code ids}, by id (one query). */
    public static java.util.Map<Long, String> fullNames(
            EntityManager em, java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(a -> names.put(a.getId(), a.getApplicant().getFullName()));
        }
        return names;
    }

    /**
     * The full names of the accounts that still exist among {@code emails}, by e-mail (one query).
     */
    public static java.util.Map<String, String> fullNamesByEmail(
            EntityManager em, java.util.Collection<String> emails) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!emails.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.email IN :emails", Account.class)
                    .setParameter("emails", emails.stream().distinct().toList())
                    .getResultList()
                    .forEach(a -> names.put(a.getEmail(), a.getApplicant().getFullName()));
        }
        return names;
    }

    /** By e-mail as stored (lower case). */
    public static Optional<Account> findByEmail(EntityManager em, String email) {
        List<Account> found =
                em.createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter(
                                "email",
                                email == null
                                        ? ""
                                        : email.strip().toLowerCase(java.util.Locale.ROOT))
                        .getResultList();
        return found.stream().findFirst();
    }
}
