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

    @jakarta.inject.Inject org.globalhub.platform.mail.Outbox outbox;

    /** Queues a mail as any service would (it leaves after this transaction commits). */
    public void queue(String recipient, String kind) {
        outbox.queue(recipient, kind, "Test " + kind, "A test mail.");
    }

    /** Attempts and last error of the newest mail to this address. */
    public String attemptsTo(String recipient) {
        return em
                .createNamedQuery("OutboxMail.findTo", OutboxMail.class)
                .setParameter("recipient", recipient)
                .getResultList()
                .stream()
                .reduce((first, second) -> second)
                .map(m -> m.getAttempts() + " " + m.getLastError())
                .orElse("none");
    }
}
