package org.globalhub.catalogue.boundary;

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
import org.globalhub.catalogue.control.DecisionNotices;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernDecision;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.identity.Roles;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.mail.Outbox;

/**
 * Agents report that a tool raises an ethical or legal issue; curators work through the open
 * concerns and decide: dismiss, suspend the tool or remove it, always with a recorded reason.
 */
@Stateless
public class ConcernService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    /**
     * Agents who followed, rated or reported a removed tool are told (network notifications observe
     * it).
     */
    @Inject Event<ToolRemoved> removed;

    @Resource SessionContext context;

    @Inject Outbox mail;

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Concern report(long toolId, ConcernReason reason, String details, String evidence) {
        Tool tool = ToolLookup.getListed(em, toolId);
        String reporter = context.getCallerPrincipal().getName();
        Concern concern =
                new Concern(tool, reporter, reason, details, evidence, Instant.now(clock));
        em.persist(concern);
        new AuditTrail(em, clock)
                .record(reporter, "concern.reported", "Tool", toolId, reason.name());
        return concern;
    }

    /**
     * One page of the open concerns, oldest first; {@code text} (optional) is looked for in the
     * tool's name, the reporter and the details.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public ListPage<Concern> open(String text, int page) {
        return new ListQuery("c", "Concern c")
                .where("c.decision = org.globalhub.catalogue.entity.ConcernDecision.OPEN")
                .contains(text, "c.tool.name", "c.reporter", "c.details")
                .fetch("JOIN FETCH c.tool")
                .page(em, Concern.class, "c.reportedAt, c.id", page, ToolCurationService.PAGE_SIZE);
    }

    /**
     * Records the decision and applies it to the tool. A tool already suspended stays suspended
     * when another concern asks for the same.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void decide(long concernId, ConcernDecision decision, String reason) {
        String curator = context.getCallerPrincipal().getName();
        Concern concern = em.find(Concern.class, concernId);
        if (concern == null) {
            throw new NotFoundException("error.notFound", concernId);
        }
        Instant now = Instant.now(clock);
        concern.decide(decision, reason, curator, now);
        Tool tool = concern.getTool();
        AuditTrail audit = new AuditTrail(em, clock);
        if (decision == ConcernDecision.TOOL_SUSPENDED
                && tool.getStatus() != ToolStatus.SUSPENDED) {
            tool.suspend(reason, now);
            audit.record(curator, "tool.suspended", "Tool", tool.getId(), reason);
            DecisionNotices.toProvider(
                    em, mail, tool, "providerToolSuspended", tool.getStatusReason());
        } else if (decision == ConcernDecision.TOOL_REMOVED) {
            tool.remove(reason, now);
            audit.record(curator, "tool.removed", "Tool", tool.getId(), reason);
            DecisionNotices.toProvider(
                    em, mail, tool, "providerToolRemoved", tool.getStatusReason());
            removed.fire(new ToolRemoved(tool.getId(), tool.getName(), tool.getStatusReason()));
        }
        DecisionNotices.toReporter(
                em, mail, concern.getReporter(), tool, decision, concern.getDecisionReason());
        audit.record(
                curator,
                "concern." + decision.name().toLowerCase(java.util.Locale.ROOT),
                "Concern",
                concernId,
                reason);
    }
}
