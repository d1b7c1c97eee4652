package org.globalhub.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code <hub:messages id="messages"/>}: the template's messages as one component: the page's own
 * first, then the fields', each a link to its field; with an error the list takes the focus and
 * hub.js writes each field's message beside it. A polite live region for screen readers; no widget
 * library. One component instead of a panel, a repeat and the fragments of each row, built for
 * every page whether or not it has a message.
 */
@FacesComponent(MessageSummary.TYPE)
public class MessageSummary extends UIComponentBase {

    /** Its tag is hub:messages in WEB-INF/hub.taglib.xml. */
    public static final String TYPE = "org.globalhub.MessageSummary";

    /** One message; {@code forId} is its field's client id, null for the page's own. */
    record Shown(String forId, String severity, String text) {}

    /**
     * The messages as they are when the list is written: the page's own first, then the fields'.
     */
    static List<Shown> all(FacesContext context) {
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

    private static String severity(FacesMessage message) {
        FacesMessage.Severity severity = message.getSeverity();
        if (severity == null || FacesMessage.SEVERITY_INFO.equals(severity)) {
            return "info";
        }
        return FacesMessage.SEVERITY_WARN.equals(severity) ? "warn" : "error";
    }

    @Override
    public String getFamily() {
        return "org.globalhub.Messages";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", this);
        writer.writeAttribute("id", getClientId(context), "id");
        writer.writeAttribute("class", "messages", null);
        writer.writeAttribute("role", "status", null);
        writer.writeAttribute("aria-live", "polite", null);
        List<Shown> all = all(context);
        if (!all.isEmpty()) {
            writer.startElement("ul", null);
            if (all.stream().anyMatch(m -> "error".equals(m.severity()))) {
                writer.writeAttribute("class", "error-summary", null);
            }
            writer.writeAttribute("id", "messageList", null);
            writer.writeAttribute("tabindex", "-1", null);
            for (Shown message : all) {
                writer.startElement("li", null);
                writer.writeAttribute("class", "message " + message.severity(), null);
                if (message.forId() != null) {
                    writer.startElement("a", null);
                    writer.writeAttribute("href", "#" + message.forId(), null);
                    writer.writeAttribute("data-for", message.forId(), null);
                    writer.writeText(message.text(), null);
                    writer.endElement("a");
                } else {
                    writer.writeText(message.text(), null);
                }
                writer.endElement("li");
            }
            writer.endElement("ul");
        }
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        context.getResponseWriter().endElement("div");
    }
}
