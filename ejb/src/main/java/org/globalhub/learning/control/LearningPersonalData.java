package org.globalhub.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.learning.entity.ArticleVersion;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The learning component's part of a person's data: for "my data", the article versions they saved;
 * at erasure, their lesson progress goes and their articles stay under their alias.
 */
@ApplicationScoped
public class LearningPersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes PersonalDataErasure erasure) {
        erasure.alias(em, "Article", "updatedBy", "learning_article", "updated_by");
        erasure.alias(em, "ArticleVersion", "savedBy", "learning_article_version", "saved_by");
        em.createQuery("DELETE FROM LessonProgress p WHERE p.owner IN :emails")
                .setParameter("emails", erasure.emails())
                .executeUpdate();
    }

    void describe(@Observes PersonalDataRequest request) {
        request.add(
                "mydata.section.articles",
                List.of("mydata.col.when", "mydata.col.title", "mydata.col.version"),
                em.createQuery(
                                "SELECT v FROM ArticleVersion v WHERE v.savedBy = :me ORDER BY v.savedAt DESC",
                                ArticleVersion.class)
                        .setParameter("me", request.email())
                        .getResultStream()
                        .map(
                                v ->
                                        List.of(
                                                PersonalDataRequest.time(v.getSavedAt()),
                                                v.getTitle(),
                                                String.valueOf(v.getVersionNo())))
                        .toList());
    }
}
