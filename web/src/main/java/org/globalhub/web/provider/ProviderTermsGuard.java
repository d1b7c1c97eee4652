package org.globalhub.web.provider;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.globalhub.catalogue.boundary.ProviderMembershipService;
import org.globalhub.catalogue.control.ProviderTerms;

/**
 * A provider's people use the portal only under the current Terms of Engagement: until they accept
 * a new version, every portal page leads to {@code /provider/terms.xhtml}. The acceptance is
 * remembered in the session (with the version), so the database is asked once per session.
 */
@WebFilter("/provider/*")
public class ProviderTermsGuard extends HttpFilter {

    static final String ACCEPTED = ProviderTermsGuard.class.getName() + ".accepted";
    private static final String TERMS_PAGE = "/provider/terms.xhtml";

    @EJB ProviderMembershipService membership;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpSession session = request.getSession(false);
        boolean known =
                session != null && ProviderTerms.VERSION.equals(session.getAttribute(ACCEPTED));
        if (path.equals(TERMS_PAGE)
                || known
                || !request.isUserInRole("provider")
                || accepted(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + TERMS_PAGE);
    }

    private boolean accepted(HttpServletRequest request) {
        if (!membership.termsAccepted()) {
            return false;
        }
        request.getSession().setAttribute(ACCEPTED, ProviderTerms.VERSION);
        return true;
    }
}
