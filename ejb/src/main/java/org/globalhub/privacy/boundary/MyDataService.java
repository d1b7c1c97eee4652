package org.globalhub.privacy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.WrongPasswords;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.learning.entity.LessonProgress;
import org.globalhub.network.entity.Notification;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.platform.mail.Outbox;
import org.globalhub.privacy.control.AccountEraser;
import org.globalhub.privacy.control.PersonalDataJson;
import org.globalhub.selection.entity.SavedSelection;

/** Each person's rights over their data: see everything, export it as JSON, erase the account. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
public class MyDataService {

    @Inject Clock clock;

    @Inject WrongPasswords wrongPasswords;
    private static final int MAX_EVENTS = 500;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    @Inject Event<PersonalDataRequest> everyComponent;

    public PersonalData mine() {
        Account account = self();
        String email = account.getEmail();
        PersonalDataRequest request = new PersonalDataRequest(email, account.getId());
        everyComponent.fire(request);
        return new PersonalData(
                account,
                em.createQuery(
                                "SELECT f FROM Feedback f JOIN FETCH f.tool WHERE f.author = :me ORDER BY f.createdAt DESC",
                                Feedback.class)
                        .setParameter("me", email)
                        .getResultList(),
                em.createQuery(
                                "SELECT c FROM Concern c JOIN FETCH c.tool WHERE c.reporter = :me ORDER BY c.reportedAt DESC",
                                Concern.class)
                        .setParameter("me", email)
                        .getResultList(),
                em.createNamedQuery("SavedSelection.findByOwner", SavedSelection.class)
                        .setParameter("owner", email)
                        .getResultList(),
                em.createQuery(
                                "SELECT t.name FROM FavouriteTool f, Tool t WHERE f.toolId = t.id AND f.owner = :me ORDER BY t.name",
                                String.class)
                        .setParameter("me", email)
                        .getResultList(),
                em.createNamedQuery("Notification.findByRecipient", Notification.class)
                        .setParameter("me", email)
                        .getResultList(),
                em
                        .createNamedQuery("LessonProgress.findByOwner", LessonProgress.class)
                        .setParameter("me", email)
                        .getResultList()
                        .stream()
                        .map(LessonProgress::getLessonId)
                        .toList(),
                em.createQuery(
                                "SELECT a FROM AuditEntry a WHERE a.actor = :me OR (a.subjectType = 'Account' AND a.subjectId = :id)"
                                        + " ORDER BY a.occurredAt DESC, a.id DESC",
                                AuditEntry.class)
                        .setParameter("me", email)
                        .setParameter("id", String.valueOf(account.getId()))
                        .setMaxResults(MAX_EVENTS)
                        .getResultList(),
                request.sections());
    }

    /** The whole of {@link #mine()} as JSON; the export itself is recorded. */
    public String exportJson() {
        PersonalData data = mine();
        Instant now = Instant.now(clock);
        new AuditTrail(em, clock)
                .record(
                        data.account().getEmail(),
                        "data.exported",
                        "Account",
                        data.account().getId(),
                        null);
        return PersonalDataJson.write(data, now);
    }

    /**
     * Erases the caller's account after checking their password, with the code the retention purge
     * uses. The last active administrator cannot leave: the Hub would have nobody to run it.
     */
    public void eraseMyAccount(String password) {
        Account account = self();
        if (wrongPasswords.exhausted(account.getId())) {
            throw new InvalidInputException("security.tooManyTries");
        }
        if (password == null
                || !PasswordHasher.matches(password.toCharArray(), account.getPasswordHash())) {
            wrongPasswords.record(account.getEmail(), account.getId(), "erasure");
            throw new InvalidInputException("privacy.wrongPassword");
        }
        if (account.getRoles().contains(Roles.ADMINISTRATOR)
                && otherActiveAdministrators(account) == 0) {
            throw new InvalidInputException("privacy.lastAdministrator");
        }
        long id = account.getId();
        String email = account.getEmail();
        String name = account.getApplicant().getFullName();
        String language = account.getLanguage();
        String alias = new AccountEraser(em).erase(account);
        new AuditTrail(em, clock)
                .record(alias, "account.erased", "Account", id, "at the person's request");
        HubMail.sendTo(mail, email, name, language, "erased", HubMail.publicUrl());
    }

    private long otherActiveAdministrators(Account me) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM Account a WHERE :role MEMBER OF a.roles AND a.status = :active AND a.id <> :me",
                        Long.class)
                .setParameter("role", Roles.ADMINISTRATOR)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("me", me.getId())
                .getSingleResult();
    }

    private Account self() {
        String caller = context.getCallerPrincipal().getName();
        return AccountLookup.findByEmail(em, caller)
                .orElseThrow(() -> new NotFoundException("privacy.noAccount"));
    }
}
