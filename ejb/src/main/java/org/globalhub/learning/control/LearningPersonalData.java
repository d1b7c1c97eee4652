package org.globalhub.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.learning.entity.ArticleVersion;
import org.globalhub.platform.PersonalDataRequest;

/** What the learning component holds about a person, for "my data": the article versions they saved. */
@ApplicationScoped
public class LearningPersonalData {

    @PersistenceContext
    EntityManager em;

    void describe(@Observes PersonalDataRequest request) {
        request.add("mydata.section.articles", List.of("mydata.col.when", "mydata.col.title", "mydata.col.version"),
                em.createQuery("SELECT v FROM ArticleVersion v WHERE v.savedBy = :me ORDER BY v.savedAt DESC", ArticleVersion.class)
                        .setParameter("me", request.email()).getResultStream()
                        .map(v -> List.of(v.getSavedAt().toString(), v.getTitle(), String.valueOf(v.getVersionNo()))).toList());
    }
}
