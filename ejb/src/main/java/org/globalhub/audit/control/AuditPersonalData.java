package org.globalhub.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The audit trail's part of an erasure: events stay (decisions must remain checkable) under the
 * person's alias, and older events about their account that quote their address lose their details.
 */
@ApplicationScoped
public class AuditPersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes PersonalDataErasure erasure) {
        erasure.alias(em, "AuditEntry", "actor", "audit_entry", "actor");
        for (PersonalDataErasure.Person person : erasure.people()) {
            em.createNativeQuery(
                            "UPDATE audit_entry SET details = NULL WHERE subject_type = 'Account' AND subject_id = ?1"
                                    + " AND details LIKE ?2")
                    .setParameter(1, String.valueOf(person.accountId()))
                    .setParameter(2, "%" + person.email() + "%")
                    .executeUpdate();
        }
    }
}
