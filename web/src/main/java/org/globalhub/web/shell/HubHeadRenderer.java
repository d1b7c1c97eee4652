package org.globalhub.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * {@code h:head} (faces-config.xml). Pages with PrimeFaces widgets get PrimeFaces' own head. Pages
 * without ({@link PageTheme}: the catalogue, the tool page, the finder, ...) get a lean one: the
 * page's own head elements first (charset, viewport, title), then its stylesheets and scripts and
 * PrimeFaces' settings, written from HTML kept per view and language, with this response's CSP
 * nonce put into every script; then PrimeFaces' init scripts (the CSP set-up). No icon font, no
 * date library, no client-side locale: nothing on these pages uses them.
 *
 * <p>Rendering the scripts' and stylesheets' components on every request was a tenth of the
 * catalogue's server time (issue 14).
 */
public class HubHeadRenderer extends HeadRenderer {

    /** Marks where the nonce goes in kept HTML (never in a URL or a script: it is a control). */
    private static final String NONCE = "\u0000";

    private static final int LIMIT = 1_000;

    private static final Map<String, String[]> KEPT = new ConcurrentHashMap<>();

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (usesWidgets(context)) {
            super.encodeBegin(context, component);
            return;
        }
        context.getResponseWriter().startElement("head", component);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (usesWidgets(context)) {
            super.encodeEnd(context, component);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        PrimeRequestContext requestContext = PrimeRequestContext.getCurrentInstance(context);
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        String[] parts = KEPT.get(key(context));
        if (parts == null) {
            parts = render(context, requestContext, writer, nonce);
        }
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                writer.write(nonce);
            }
            writer.write(parts[i]);
        }
        encodeInitScripts(
                context,
                requestContext,
                requestContext.getApplicationContext().getConfig(),
                writer);
        writer.endElement("head");
    }

    private boolean usesWidgets(FacesContext context) {
        return !PageTheme.NONE.equals(
                context.getApplication()
                        .evaluateExpressionGet(context, "#{pageTheme.name}", String.class));
    }

    /**
     * What the kept HTML depends on: the view (its resources, PrimeFaces' settings name it) and the
     * language (the settings name it too).
     */
    private static String key(FacesContext context) {
        StringBuilder key =
                new StringBuilder(context.getViewRoot().getViewId())
                        .append('|')
                        .append(context.getViewRoot().getLocale());
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            key.append('|')
                    .append(resource.getAttributes().get("library"))
                    .append(':')
                    .append(resource.getAttributes().get("name"));
        }
        return key.toString();
    }

    private String[] render(
            FacesContext context,
            PrimeRequestContext requestContext,
            ResponseWriter writer,
            String nonce)
            throws IOException {
        String key = key(context);
        StringWriter buffer = new StringWriter(2048);
        ResponseWriter kept = writer.cloneWithWriter(buffer);
        context.setResponseWriter(kept);
        try {
            for (UIComponent resource :
                    context.getViewRoot().getComponentResources(context, "head")) {
                resource.encodeAll(context);
            }
            encodeSettingScripts(
                    context,
                    requestContext,
                    requestContext.getApplicationContext().getConfig(),
                    kept);
            kept.flush();
        } finally {
            context.setResponseWriter(writer);
        }
        String[] parts = buffer.toString().replace(nonce, NONCE).split(NONCE, -1);
        if (KEPT.size() >= LIMIT) {
            KEPT.clear();
        }
        KEPT.put(key, parts);
        return parts;
    }
}
