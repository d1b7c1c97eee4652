package org.globalhub.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.catalogue.entity.ImportRun;
import org.globalhub.platform.PersonalDataRequest;

/** What the catalogue holds about a person besides their feedback and concerns, for "my data": imports they started. */
@ApplicationScoped
public class CataloguePersonalData {

    @PersistenceContext
    EntityManager em;

    void describe(@Observes PersonalDataRequest request) {
        request.add("mydata.section.imports", List.of("mydata.col.when", "mydata.col.file"),
                em.createQuery("SELECT r FROM ImportRun r WHERE r.startedBy = :me ORDER BY r.startedAt DESC", ImportRun.class)
                        .setParameter("me", request.email()).getResultStream()
                        .map(r -> List.of(r.getStartedAt().toString(), r.getFileName() == null ? "" : r.getFileName())).toList());
    }
}
