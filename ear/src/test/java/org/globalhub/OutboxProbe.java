package org.globalhub;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.platform.mail.OutboxMail;

/**
 * Test-only bean (in every in-container test deployment): what the mail outbox holds for an
 * address.
 */
@Stateless
@PermitAll
public class OutboxProbe {

    @PersistenceContext EntityManager em;

    /**
     * The kinds of mail the Hub queued for this address, oldest first (whether sent yet or not).
     */
    public List<String> mailKindsTo(String email) {
        return em
                .createNamedQuery("OutboxMail.findTo", OutboxMail.class)
                .setParameter("recipient", email)
                .getResultList()
                .stream()
                .map(OutboxMail::getKind)
                .toList();
    }
}
