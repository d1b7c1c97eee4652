package org.globalhub.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is logged in, which roles they have, and logging out. */
@Named
@RequestScoped
public class SessionBacking {

    public String getUserName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isCurator() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("curator") || external.isUserInRole("administrator");
    }

    /** Ends the login and the session, then shows the login page. */
    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true";
    }
}
