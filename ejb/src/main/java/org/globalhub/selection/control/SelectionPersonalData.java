package org.globalhub.selection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The selection component's part of an erasure: saved searches, shortlists and favourites go with
 * the person.
 */
@ApplicationScoped
public class SelectionPersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes PersonalDataErasure erasure) {
        em.createQuery("DELETE FROM SavedSelection s WHERE s.owner IN :emails")
                .setParameter("emails", erasure.emails())
                .executeUpdate();
        em.createQuery("DELETE FROM FavouriteTool f WHERE f.owner IN :emails")
                .setParameter("emails", erasure.emails())
                .executeUpdate();
    }
}
