package org.globalhub.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.catalogue.entity.ImportRun;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The catalogue's part of a person's data: for "my data", the imports they started (feedback and
 * concerns are shown by the privacy component itself); at erasure, their feedback, concerns and
 * imports, and the versions of tools' answers they wrote or decided, stay under their alias.
 */
@ApplicationScoped
public class CataloguePersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes PersonalDataErasure erasure) {
        erasure.alias(em, "Feedback", "author", "feedback", "author");
        erasure.alias(em, "Feedback", "moderatedBy", "feedback", "moderated_by");
        erasure.alias(em, "Concern", "reporter", "concern", "reporter");
        erasure.alias(em, "Concern", "decidedBy", "concern", "decided_by");
        erasure.alias(em, "ImportRun", "startedBy", "import_run", "started_by");
        erasure.alias(em, "ToolVersion", "author", "tool_version", "author");
        erasure.alias(em, "ToolVersion", "decidedBy", "tool_version", "decided_by");
        erasure.alias(em, "ProviderReply", "author", "provider_reply", "author");
        erasure.alias(em, "ProviderReply", "answeredBy", "provider_reply", "answered_by");
    }

    void describe(@Observes PersonalDataRequest request) {
        request.add(
                "mydata.section.imports",
                List.of("mydata.col.when", "mydata.col.file"),
                em.createQuery(
                                "SELECT r FROM ImportRun r WHERE r.startedBy = :me ORDER BY r.startedAt DESC",
                                ImportRun.class)
                        .setParameter("me", request.email())
                        .getResultStream()
                        .map(
                                r ->
                                        List.of(
                                                PersonalDataRequest.time(r.getStartedAt()),
                                                r.getFileName() == null ? "" : r.getFileName()))
                        .toList());
    }
}
