package org.globalhub.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.ProviderPeople;
import org.globalhub.platform.mail.Outbox;

/**
 * The yearly confirmation of a tool's answers as the Hub keeps it: the curators' list of published
 * tools whose year is over, and the reminders to providers before it ends. Whether a tool is
 * unconfirmed depends on the clock, not on stored data, so nothing caches it.
 */
@Stateless
public class ConfirmationService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Inject Outbox mail;

    /** Published tools whose answers nobody confirmed for over a year, the oldest first. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Tool> unconfirmed() {
        return em.createQuery(
                        "SELECT t FROM Tool t JOIN FETCH t.provider WHERE t.status ="
                                + " org.globalhub.catalogue.entity.ToolStatus.PUBLISHED AND"
                                + " t.answersConfirmedAt < :cutoff ORDER BY t.answersConfirmedAt, t.id",
                        Tool.class)
                .setParameter("cutoff", Instant.now(clock).minus(Tool.CONFIRMATION_PERIOD))
                .getResultList();
    }

    /**
     * Reminds the people of member providers whose tools' year ends within {@link
     * Tool#REMINDER_BEFORE}: once per confirmation. Each tool is claimed by a conditional update
     * first, so that of several servers running this at once only one sends its reminder.
     *
     * @return how many tools were reminded of
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int remindDue() {
        Instant now = Instant.now(clock);
        List<Tool> due =
                em.createQuery(
                                "SELECT t FROM Tool t JOIN FETCH t.provider p WHERE t.status ="
                                        + " org.globalhub.catalogue.entity.ToolStatus.PUBLISHED AND"
                                        + " p.membership ="
                                        + " org.globalhub.catalogue.entity.ProviderMembership.MEMBER"
                                        + " AND t.answersConfirmedAt < :from AND"
                                        + " t.confirmationRemindedAt IS NULL ORDER BY t.id",
                                Tool.class)
                        .setParameter(
                                "from",
                                now.minus(Tool.CONFIRMATION_PERIOD.minus(Tool.REMINDER_BEFORE)))
                        .getResultList();
        int reminded = 0;
        for (Tool tool : due) {
            int claimed =
                    em.createQuery(
                                    "UPDATE Tool t SET t.confirmationRemindedAt = :now WHERE t.id ="
                                            + " :id AND t.confirmationRemindedAt IS NULL")
                            .setParameter("now", now)
                            .setParameter("id", tool.getId())
                            .executeUpdate();
            if (claimed == 1) {
                ProviderPeople.tell(
                        em,
                        mail,
                        tool.getProvider().getId(),
                        "confirmationDue",
                        tool.getName()
                                + "\n\n"
                                + tool.getAnswersConfirmedAt()
                                        .plus(Tool.CONFIRMATION_PERIOD)
                                        .toString()
                                        .substring(0, 10)
                                + "\n\n"
                                + HubMail.publicUrl()
                                + "/provider/index.xhtml");
                reminded++;
            }
        }
        return reminded;
    }

    /** Every morning (a timer, not a business method). */
    @Schedule(hour = "6", minute = "10", persistent = false)
    void remindEveryMorning() {
        remindDue();
    }
}
