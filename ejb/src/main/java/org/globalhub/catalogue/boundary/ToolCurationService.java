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
import java.util.List;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.control.DecisionNotices;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.entity.ProviderReply;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.identity.Roles;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.mail.Outbox;

/**
 * The tool lifecycle as curators run it: publish, suspend, reinstate, remove; every change audited.
 */
@Stateless
@RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
public class ToolCurationService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    /**
     * Agents who followed, rated or reported a removed tool are told (network notifications observe
     * it).
     */
    @Inject Event<ToolRemoved> removed;

    /** Agents subscribed to one of its categories are told (network notifications observe it). */
    @Inject Event<ToolPublished> published;

    @Resource SessionContext context;

    @Inject Outbox mail;

    /** Every tool, drafts and removed ones included, grouped by status. */
    public List<Tool> allTools() {
        return em.createNamedQuery("Tool.findAllForCuration", Tool.class).getResultList();
    }

    /** Rows per page of the curators' tool list. */
    public static final int PAGE_SIZE = 50;

    /**
     * One page of the curators' tool list, paged in the database: drafts first, then by status and
     * name; only tools in {@code status} (null: any) whose name or provider's name contains {@code
     * text} (blank: any). A page past the end gives the last page.
     */
    public ListPage<Tool> tools(String text, ToolStatus status, int page) {
        return new ListQuery("t", "Tool t")
                .equal("t.status", status)
                .contains(text, "t.name", "t.provider.name")
                .fetch("JOIN FETCH t.provider")
                .page(em, Tool.class, "t.status, LOWER(t.name), t.id", page, PAGE_SIZE);
    }

    public void publish(long toolId) {
        Tool tool = ToolLookup.get(em, toolId);
        tool.publish(Instant.now(clock));
        audit().record(caller(), "tool.published", "Tool", toolId, null);
        published.fire(ToolPublished.of(toolId, tool.getName(), purposes(tool)));
    }

    public void suspend(long toolId, String reason) {
        Tool tool = ToolLookup.get(em, toolId);
        tool.suspend(reason, Instant.now(clock));
        audit().record(caller(), "tool.suspended", "Tool", toolId, reason);
        DecisionNotices.toProvider(em, mail, tool, "providerToolSuspended", tool.getStatusReason());
    }

    public void reinstate(long toolId) {
        Tool tool = ToolLookup.get(em, toolId);
        tool.reinstate(Instant.now(clock));
        audit().record(caller(), "tool.reinstated", "Tool", toolId, null);
        DecisionNotices.toProvider(em, mail, tool, "providerToolReinstated", null);
    }

    public void remove(long toolId, String reason) {
        Tool tool = ToolLookup.get(em, toolId);
        tool.remove(reason, Instant.now(clock));
        audit().record(caller(), "tool.removed", "Tool", toolId, reason);
        DecisionNotices.toProvider(em, mail, tool, "providerToolRemoved", tool.getStatusReason());
        removed.fire(new ToolRemoved(toolId, tool.getName(), tool.getStatusReason()));
    }

    /** Providers' replies to decisions on their tools that wait for the curators, oldest first. */
    public List<ProviderReply> pendingReplies() {
        return em.createNamedQuery("ProviderReply.findPending", ProviderReply.class)
                .getResultList();
    }

    /**
     * Decides on a provider's reply: the decision stands, or (a suspension only) is reversed and
     * the tool is back. The provider hears the outcome.
     */
    public void answerReply(long replyId, boolean reverse, String note) {
        ProviderReply reply = em.find(ProviderReply.class, replyId);
        if (reply == null) {
            throw new org.globalhub.platform.NotFoundException("error.notFound", replyId);
        }
        reply.answer(reverse, note, caller(), Instant.now(clock));
        Tool tool = reply.getTool();
        audit().record(
                        caller(),
                        reverse ? "reply.decisionReversed" : "reply.decisionStands",
                        "Tool",
                        tool.getId(),
                        reply.getCuratorNote());
        DecisionNotices.toProvider(
                em,
                mail,
                tool,
                reverse ? "replyDecisionReversed" : "replyDecisionStands",
                reply.getCuratorNote());
    }

    static java.util.Set<String> purposes(Tool tool) {
        return tool.getPurposes().stream()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Who changed the tool, when, and what: newest first. */
    public List<AuditEntry> history(long toolId) {
        return audit().historyOf("Tool", toolId, 200);
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
