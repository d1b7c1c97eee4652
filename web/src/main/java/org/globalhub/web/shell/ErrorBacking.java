package org.globalhub.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's data. An unexpected exception is logged with a short reference that the page
 * shows, so that a person can report it and an administrator can find it, without any internals on
 * screen.
 */
@Named
@RequestScoped
public class ErrorBacking {

    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    private String reference;

    public int getStatus() {
        Object status = request().get("jakarta.servlet.error.status_code");
        return status instanceof Integer code ? code : 500;
    }

    /** The reference of the logged exception, or null when there was none (404, 403). */
    public String getReference() {
        if (reference == null
                && request().get("jakarta.servlet.error.exception") instanceof Throwable error) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(
                    Level.SEVERE,
                    "Unexpected error, reference "
                            + reference
                            + ", on "
                            + request().get("jakarta.servlet.error.request_uri"),
                    error);
        }
        return reference;
    }

    private static Map<String, Object> request() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }
}
