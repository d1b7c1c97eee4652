package org.globalhub.web.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.globalhub.catalogue.boundary.ProviderMembershipService;
import org.globalhub.catalogue.control.ProviderTerms;
import org.globalhub.web.shell.Messages;

/**
 * The Terms of Engagement for providers: their version on every page that shows them, and their
 * acceptance ({@code /provider/terms.xhtml}).
 */
@Named("providerTermsVersion")
@RequestScoped
public class TermsBacking {

    @EJB ProviderMembershipService membership;

    public String getCurrent() {
        return ProviderTerms.VERSION;
    }

    public String accept() {
        membership.acceptTerms();
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .put(ProviderTermsGuard.ACCEPTED, ProviderTerms.VERSION);
        Messages.info("terms.provider.accepted");
        Messages.keepForRedirect();
        return "/provider/index?faces-redirect=true";
    }
}
