package org.globalhub.batch.firstadministrator;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.globalhub.identity.control.ConsoleAdministrator;
import org.globalhub.platform.mail.Outbox;

/**
 * The first-administrator job's transaction. Reachable only by local calls of this application's
 * batch artifacts (no remote view, no page calls it); the job itself can be started only from
 * WildFly's management, whose login is the check.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FirstAdministratorGateway {

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    @Inject Outbox mail;

    public ConsoleAdministrator.Opened open(
            String email,
            String fullName,
            String agency,
            String country,
            String phone,
            String startedBy) {
        return new ConsoleAdministrator(em, clock, mail)
                .open(email, fullName, agency, country, phone, startedBy);
    }
}
