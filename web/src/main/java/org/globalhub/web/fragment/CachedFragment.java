package org.globalhub.web.fragment;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code <hub:cached key="...">}: renders its children once per key and from then on writes the
 * HTML kept for that key ({@link FragmentCache}). The key must name everything the children's
 * output depends on (the data's revision, the language, the values shown); an empty key renders the
 * children as usual, uncached. For read-only output only: no inputs that a postback decodes, no ids
 * that differ between renderings.
 *
 * <p>Used where a page repeats the same markup for every visitor, such as the catalogue's tool
 * cards: rendering them through Facelets and EL costs far more than writing a kept string. With
 * {@code buildTime="true"} (only outside ui:repeat, where the key is known while the view is built)
 * a kept fragment's child components are not even built; with {@code items} too, when every item's
 * fragment is kept.
 */
@FacesComponent(CachedFragment.TYPE)
public class CachedFragment extends UIComponentBase {

    /** Its tag is hub:cached in WEB-INF/hub.taglib.xml, with {@link CachedFragmentHandler}. */
    public static final String TYPE = "org.globalhub.CachedFragment";

    /** The HTML found kept while the view was built (then the component has no children). */
    static final String KEPT = "org.globalhub.kept";

    @Override
    public String getFamily() {
        return "org.globalhub.Fragment";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Object kept = getAttributes().get(KEPT);
        if (kept != null) { // found while the view was built (for one fragment, or for all items)
            context.getResponseWriter().write(kept.toString());
            return;
        }
        Object items = getAttributes().get("items");
        if (items == null) {
            encodeOne(context);
            return;
        }
        // One fragment per item, the item in the request variable "var" (as ui:repeat does, without
        // its per-row state keeping: the children are output only).
        String var = (String) getAttributes().get("var");
        Map<String, Object> requestMap = context.getExternalContext().getRequestMap();
        Object previous = requestMap.get(var);
        try {
            for (Object item : (Iterable<?>) items) {
                requestMap.put(var, item);
                encodeOne(context);
            }
        } finally {
            if (previous == null) {
                requestMap.remove(var);
            } else {
                requestMap.put(var, previous);
            }
        }
    }

    private void encodeOne(FacesContext context) throws IOException {
        Object key = getAttributes().get("key");
        if (key == null || key.toString().isEmpty()) {
            renderChildren(context);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        String html = FragmentCache.get(key.toString());
        if (html == null) {
            StringWriter buffer = new StringWriter(2048);
            context.setResponseWriter(writer.cloneWithWriter(buffer));
            try {
                renderChildren(context);
            } finally {
                context.setResponseWriter(writer);
            }
            html = buffer.toString();
            FragmentCache.put(key.toString(), html);
        }
        writer.write(html);
    }

    private void renderChildren(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }
}
