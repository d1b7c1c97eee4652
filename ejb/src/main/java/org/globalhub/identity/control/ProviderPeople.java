package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.mail.Outbox;

/**
 * The people who act for a provider, as the catalogue needs them: who the caller acts for, and
 * telling all of a provider's active people about a decision on its tools (each in their language).
 */
public final class ProviderPeople {

    private ProviderPeople() {}

    /** The provider record the person with this address acts for, if they are a provider. */
    public static Optional<Long> providerOf(EntityManager em, String email) {
        return AccountLookup.findByEmail(em, email)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(Account::getProviderId);
    }

    public static List<Account> activeFor(EntityManager em, long providerId) {
        return em.createQuery(
                        "SELECT a FROM Account a WHERE a.providerId = :provider AND a.status ="
                                + " org.globalhub.identity.entity.AccountStatus.ACTIVE ORDER BY a.id",
                        Account.class)
                .setParameter("provider", providerId)
                .getResultList();
    }

    /** Queues mail {@code kind} to each active person of the provider; {@code detail} fills it. */
    public static void tell(
            EntityManager em, Outbox outbox, long providerId, String kind, String detail) {
        for (Account person : activeFor(em, providerId)) {
            HubMail.send(outbox, person, kind, detail);
        }
    }
}
