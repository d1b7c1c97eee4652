package org.globalhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which PrimeFaces theme a page loads (web.xml: primefaces.THEME = #{pageTheme.name}): the theme's
 * stylesheet only where the page uses a PrimeFaces component, none on the pages built from plain
 * JSF and hub.css alone. The catalogue, the tool page and the finder are such pages, so an agent on
 * a slow link does not download a widget library they do not use.
 */
@Named
@ApplicationScoped
public class PageTheme {

    static final String THEME = "saga";
    static final String NONE = "none";

    private final Map<String, Boolean> byView = new ConcurrentHashMap<>();

    public String getName() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return THEME;
        }
        // A view's components are the same on every request (the pages build no widgets
        // conditionally): look once per view, not through the whole tree on every page.
        return byView.computeIfAbsent(
                        context.getViewRoot().getViewId(), view -> usesPrimeFaces(context))
                ? THEME
                : NONE;
    }

    private static boolean usesPrimeFaces(FacesContext context) {
        boolean[] found = {false};
        context.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(
                                context,
                                null,
                                Set.of(jakarta.faces.component.visit.VisitHint.SKIP_ITERATION)),
                        (visit, component) -> {
                            if (isPrimeFaces(component)) {
                                found[0] = true;
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return found[0];
    }

    private static boolean isPrimeFaces(UIComponent component) {
        return component.getClass().getName().startsWith("org.primefaces.component.");
    }
}
