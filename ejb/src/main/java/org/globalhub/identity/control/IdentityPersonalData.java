package org.globalhub.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globalhub.identity.entity.LoginSession;
import org.globalhub.platform.PersonalDataRequest;

/** What the identity component holds about a person besides the account itself, for "my data": their logins. */
@ApplicationScoped
public class IdentityPersonalData {

    @PersistenceContext
    EntityManager em;

    void describe(@Observes PersonalDataRequest request) {
        request.add("mydata.section.sessions", List.of("mydata.col.when", "mydata.col.lastSeen", "mydata.col.from", "mydata.col.browser"),
                em.createQuery("SELECT s FROM LoginSession s WHERE s.accountId = :id ORDER BY s.startedAt DESC", LoginSession.class)
                        .setParameter("id", request.accountId()).getResultStream()
                        .map(s -> List.of(s.getStartedAt().toString(), s.getLastSeenAt().toString(), s.getSource() == null ? "" : s.getSource(),
                                s.getBrowser() == null ? "" : s.getBrowser())).toList());
    }
}
