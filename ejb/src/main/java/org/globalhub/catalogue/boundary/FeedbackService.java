package org.globalhub.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.identity.Roles;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.NotFoundException;

/**
 * Agents rate and comment on tools; curators publish or reject that feedback before others see it.
 */
@Stateless
public class FeedbackService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    /**
     * One feedback per agent and tool (a rejected one may be replaced); it waits for moderation.
     */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Feedback submit(long toolId, int rating, String comment) {
        Tool tool = ToolLookup.getListed(em, toolId);
        String author = context.getCallerPrincipal().getName();
        long existing =
                em.createQuery(
                                "SELECT COUNT(f) FROM Feedback f WHERE f.tool = :tool AND f.author = :author"
                                        + " AND f.status <> org.globalhub.catalogue.entity.FeedbackStatus.REJECTED",
                                Long.class)
                        .setParameter("tool", tool)
                        .setParameter("author", author)
                        .getSingleResult();
        if (existing > 0) {
            throw new InvalidInputException("error.feedbackExists");
        }
        Feedback feedback = new Feedback(tool, author, rating, comment, Instant.now(clock));
        em.persist(feedback);
        new AuditTrail(em, clock)
                .record(author, "feedback.submitted", "Tool", toolId, "rating " + rating);
        return feedback;
    }

    /**
     * The caller's own feedback on a tool that still counts (waiting or published; a rejected one
     * may be replaced), or null: the tool page shows it instead of the form.
     */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Feedback mine(long toolId) {
        return em.createQuery(
                        "SELECT f FROM Feedback f WHERE f.tool.id = :toolId AND f.author = :author"
                                + " AND f.status <> org.globalhub.catalogue.entity.FeedbackStatus.REJECTED",
                        Feedback.class)
                .setParameter("toolId", toolId)
                .setParameter("author", context.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * One page of the feedback waiting for moderation, oldest first; {@code text} (optional) is
     * looked for in the tool's name, the author and the comment.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public ListPage<Feedback> pending(String text, int page) {
        return new ListQuery("f", "Feedback f")
                .where("f.status = org.globalhub.catalogue.entity.FeedbackStatus.PENDING")
                .contains(text, "f.tool.name", "f.author", "f.comment")
                .fetch("JOIN FETCH f.tool")
                .page(em, Feedback.class, "f.createdAt, f.id", page, ToolCurationService.PAGE_SIZE);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void publish(long feedbackId) {
        String curator = context.getCallerPrincipal().getName();
        Feedback feedback = get(feedbackId);
        feedback.publish(curator, Instant.now(clock));
        new AuditTrail(em, clock)
                .record(curator, "feedback.published", "Feedback", feedbackId, null);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void reject(long feedbackId, String note) {
        String curator = context.getCallerPrincipal().getName();
        Feedback feedback = get(feedbackId);
        feedback.reject(curator, note, Instant.now(clock));
        new AuditTrail(em, clock)
                .record(curator, "feedback.rejected", "Feedback", feedbackId, note);
    }

    private Feedback get(long feedbackId) {
        Feedback feedback = em.find(Feedback.class, feedbackId);
        if (feedback == null) {
            throw new NotFoundException("error.notFound", feedbackId);
        }
        return feedback;
    }
}
