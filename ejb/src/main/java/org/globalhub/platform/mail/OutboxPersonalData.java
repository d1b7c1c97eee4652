package org.globalhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The outbox's part of an erasure: mails to the person, queued or sent, go (a confirmation of the
 * erasure is queued after).
 */
@ApplicationScoped
public class OutboxPersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes PersonalDataErasure erasure) {
        em.createQuery("DELETE FROM OutboxMail m WHERE m.recipient IN :emails")
                .setParameter("emails", erasure.emails())
                .executeUpdate();
    }
}
