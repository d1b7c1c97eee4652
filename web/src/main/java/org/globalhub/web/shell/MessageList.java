package org.globalhub.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of this request as the template shows them: the page's own first, then those of
 * fields, each linked to its field (an error summary that takes the focus; hub.js also writes the
 * message beside the field and marks it invalid).
 */
@Named
@RequestScoped
public class MessageList {

    /** One message; {@code forId} is its field's client id, null for the page's own. */
    public record Shown(String forId, String severity, String text) {
        public String getTarget() {
            return forId == null ? null : "#" + forId;
        }
    }

    /**
     * The messages as they are now: not kept, because JSF asks (for {@code rendered}) in earlier
     * phases too, before validation has added its messages.
     */
    public List<Shown> getAll() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Shown> page = new ArrayList<>();
        List<Shown> fields = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage message : context.getMessageList(id)) {
                Shown shown = new Shown(id, severity(message), message.getSummary());
                (id == null ? page : fields).add(shown);
            }
        }
        page.addAll(fields);
        return page;
    }

    /** Whether any message is an error (the list then takes the focus). */
    public boolean isErrors() {
        return getAll().stream().anyMatch(m -> "error".equals(m.severity()));
    }

    private static String severity(FacesMessage message) {
        FacesMessage.Severity severity = message.getSeverity();
        if (severity == null || FacesMessage.SEVERITY_INFO.equals(severity)) {
            return "info";
        }
        return FacesMessage.SEVERITY_WARN.equals(severity) ? "warn" : "error";
    }
}
