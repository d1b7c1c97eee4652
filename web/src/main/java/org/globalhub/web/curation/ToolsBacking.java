package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.boundary.ConfirmationService;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.boundary.ToolVersionService;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderReply;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.ListPage;
import org.globalhub.web.catalogue.NewToolForm;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/**
 * The tool lifecycle page ({@code /curation/tools.xhtml}) and a tool's history ({@code
 * history.xhtml}).
 */
@Named
@RequestScoped
public class ToolsBacking {

    @EJB ToolCurationService curation;

    @EJB ToolVersionService versions;

    @EJB ConfirmationService confirmations;

    private List<Tool> unconfirmed;
    private List<ProviderReply> pendingReplies;
    private final Map<Long, String> replyNotes = new HashMap<>();

    private Long newProvider;
    private final NewToolForm newTool = new NewToolForm();

    private final ListAddress address = new ListAddress();
    private final Map<Long, String> reasons = new HashMap<>();
    private Long id;

    /** This page of the list (search, status and page come from the address). */
    public ListPage<Tool> getToolPage() {
        return address.page(
                (search, page) -> curation.tools(search, address.status(ToolStatus.class), page));
    }

    /** The list's search, status and page, as the address has them. */
    public ListAddress getAddress() {
        return address;
    }

    public List<Tool> getTools() {
        return getToolPage().items();
    }

    public List<ToolStatus> getStatuses() {
        return List.of(ToolStatus.values());
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : curation.history(id);
    }

    public String publish(long toolId) {
        return act(() -> curation.publish(toolId), "curation.done.published");
    }

    public String reinstate(long toolId) {
        return act(() -> curation.reinstate(toolId), "curation.done.reinstated");
    }

    public String suspend(long toolId) {
        return act(() -> curation.suspend(toolId, reasons.get(toolId)), "curation.done.suspended");
    }

    public String remove(long toolId) {
        return act(() -> curation.remove(toolId, reasons.get(toolId)), "curation.done.removed");
    }

    private static String act(Runnable serviceCall, String doneKey) {
        return Messages.attempt(
                serviceCall, doneKey, "/curation/tools?faces-redirect=true&includeViewParams=true");
    }

    /** Files a tool a curator found: a draft, opened in the editor. */
    public String createTool() {
        try {
            long version =
                    versions.createTool(
                            newProvider == null ? 0 : newProvider, newTool.description());
            return "/curation/edit?faces-redirect=true&version=" + version;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    public NewToolForm getNewTool() {
        return newTool;
    }

    /** Published tools whose provider has not confirmed the answers for over a year. */
    public List<Tool> getUnconfirmed() {
        if (unconfirmed == null) {
            unconfirmed = confirmations.unconfirmed();
        }
        return unconfirmed;
    }

    public List<ProviderReply> getPendingReplies() {
        if (pendingReplies == null) {
            pendingReplies = curation.pendingReplies();
        }
        return pendingReplies;
    }

    public String replyStands(long replyId) {
        return act(
                () -> curation.answerReply(replyId, false, replyNotes.get(replyId)),
                "curation.replies.done");
    }

    public String replyReverses(long replyId) {
        return act(
                () -> curation.answerReply(replyId, true, replyNotes.get(replyId)),
                "curation.replies.done");
    }

    public Map<Long, String> getReplyNotes() {
        return replyNotes;
    }

    public List<Provider> getProviders() {
        return versions.providers();
    }

    public Long getNewProvider() {
        return newProvider;
    }

    public void setNewProvider(Long newProvider) {
        this.newProvider = newProvider;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
