package org.globalhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.globalhub.identity.boundary.AccountSecurityService;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.web.login.HubAuthenticationMechanism;

/**
 * The header's log-out form (members only, web.xml): ends this login, its session record and the
 * session, or with {@code scope=everywhere} every session of the account (another browser, a lost
 * laptop); then the login page. A post without the session's {@link FormToken} is refused (403).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB AccountService accounts;

    @EJB AccountSecurityService security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!FormToken.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("everywhere".equals(request.getParameter("scope"))) {
            accounts.endAllMySessions();
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HubAuthenticationMechanism.SESSION_KEY)
                        instanceof String key) {
            security.endThisSession(key);
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/login.xhtml");
    }
}
