package org.globalhub.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * Security and audit events as people read them: "Logged in", not {@code login.success}, in the
 * page's language (keys {@code audit.<code>}). An event that has no label yet shows its code, so
 * that a new event never breaks a page.
 */
@Named
@ApplicationScoped
public class AuditLabels {

    public String action(String code) {
        if (code == null) {
            return "";
        }
        ResourceBundle bundle =
                ResourceBundle.getBundle(
                        Messages.BUNDLE,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String key = "audit." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }
}
