package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.web.shell.Messages;

/**
 * The tool lifecycle page ({@code /curation/tools.xhtml}) and a tool's history ({@code
 * history.xhtml}).
 */
@Named
@RequestScoped
public class ToolsBacking {

    @EJB ToolCurationService curation;

    private List<Tool> tools;
    private final Map<Long, String> reasons = new HashMap<>();
    private Long id;

    public List<Tool> getTools() {
        if (tools == null) {
            tools = curation.allTools();
        }
        return tools;
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
        return Messages.attempt(serviceCall, doneKey, "/curation/tools?faces-redirect=true");
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
