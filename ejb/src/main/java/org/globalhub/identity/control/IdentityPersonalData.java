package org.globalhub.identity.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import org.globalhub.identity.entity.LoginSession;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.platform.personal.PersonalDataErasure;

/**
 * The identity component's part of a person's data: for "my data", their logins; at erasure, last
 * of all components, their secrets, links, sessions, failed-login counts and the accounts
 * themselves, while decisions they took on others' accounts and agency domains they added stay
 * under their alias.
 */
@ApplicationScoped
public class IdentityPersonalData {

    @PersistenceContext EntityManager em;

    void erase(@Observes @Priority(PersonalDataErasure.LAST) PersonalDataErasure erasure) {
        List<Long> ids = erasure.accountIds();
        erasure.alias(em, "Account", "decidedBy", "account", "decided_by");
        erasure.alias(em, "AgencyDomain", "addedBy", "agency_domain", "added_by");
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.account.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("DELETE FROM AccountToken t WHERE t.account.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNamedQuery("LoginSession.deleteFor").setParameter("ids", ids).executeUpdate();
        for (Long id : ids) {
            // Failed-login counts of an address and this account ("pair:<address>|<id>", see
            // LoginThrottle).
            em.createNamedQuery("LoginFailure.deleteForAccount")
                    .setParameter("pairsOfAccount", "pair:%|" + id)
                    .executeUpdate();
        }
        // The ids are numbers from the database, written into the statement: one statement for the
        // whole slice.
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM account_role WHERE account_id IN (" + idList + ")")
                .executeUpdate();
        em.createNativeQuery("DELETE FROM account WHERE id IN (" + idList + ")").executeUpdate();
        // Their other open sessions end at their next request, on every server.
        SessionRevocation.announce(em);
    }

    void describe(@Observes PersonalDataRequest request) {
        request.add(
                "mydata.section.sessions",
                List.of(
                        "mydata.col.when",
                        "mydata.col.lastSeen",
                        "mydata.col.from",
                        "mydata.col.browser"),
                em.createQuery(
                                "SELECT s FROM LoginSession s WHERE s.accountId = :id ORDER BY s.startedAt DESC",
                                LoginSession.class)
                        .setParameter("id", request.accountId())
                        .getResultStream()
                        .map(
                                s ->
                                        List.of(
                                                PersonalDataRequest.time(s.getStartedAt()),
                                                PersonalDataRequest.time(s.getLastSeenAt()),
                                                s.getSource() == null ? "" : s.getSource(),
                                                s.getBrowser() == null ? "" : s.getBrowser()))
                        .toList());
    }
}
