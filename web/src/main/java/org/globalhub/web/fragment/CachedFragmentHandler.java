package org.globalhub.web.fragment;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;

/**
 * Builds {@code <hub:cached>}: with {@code buildTime="true"} and its fragment already kept, the
 * component gets the kept HTML instead of its children, so none of them is built for the page. With
 * {@code items}, the same when every item's fragment is kept (the catalogue's cards once seen): the
 * items and their keys are then read while the view is built, the item in the variable {@code var}
 * as the key expects it.
 */
public class CachedFragmentHandler extends ComponentHandler {

    private final TagAttribute key;
    private final TagAttribute buildTime;
    private final TagAttribute items;
    private final TagAttribute var;

    public CachedFragmentHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
        this.buildTime = getAttribute("buildTime");
        this.items = getAttribute("items");
        this.var = getAttribute("var");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        if (buildTime != null && buildTime.getBoolean(context)) {
            String html = items == null ? kept(context) : keptForEach(context);
            if (html != null) {
                component.getAttributes().put(CachedFragment.KEPT, html);
                return;
            }
        }
        super.applyNextHandler(context, component);
    }

    private String kept(FaceletContext context) {
        Object value = key.getObject(context);
        return value == null || value.toString().isEmpty()
                ? null
                : FragmentCache.get(value.toString());
    }

    /** All items' fragments one after the other, or null when one of them is not kept yet. */
    private String keptForEach(FaceletContext context) {
        Object list = items.getObject(context);
        if (!(list instanceof Iterable<?> each)) {
            return null;
        }
        String name = var.getValue(context);
        Object previous = context.getAttribute(name);
        StringBuilder html = new StringBuilder(8192);
        try {
            for (Object item : each) {
                context.setAttribute(name, item);
                String one = kept(context);
                if (one == null) {
                    return null;
                }
                html.append(one);
            }
        } finally {
            context.setAttribute(name, previous);
        }
        return html.toString();
    }
}
