package org.globalhub.web.fragment;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;

/**
 * Builds {@code <hub:cached>}: with {@code buildTime="true"} and its fragment already kept, the
 * component gets the kept HTML instead of its children, so none of them is built for the page.
 */
public class CachedFragmentHandler extends ComponentHandler {

    private final TagAttribute key;
    private final TagAttribute buildTime;

    public CachedFragmentHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
        this.buildTime = getAttribute("buildTime");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        if (buildTime != null && buildTime.getBoolean(context)) {
            Object value = key.getObject(context);
            String html = value == null ? null : FragmentCache.get(value.toString());
            if (html != null) {
                component.getAttributes().put(CachedFragment.KEPT, html);
                return;
            }
        }
        super.applyNextHandler(context, component);
    }
}
