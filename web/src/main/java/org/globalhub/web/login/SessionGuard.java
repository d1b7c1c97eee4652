package org.globalhub.web.login;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.globalhub.identity.boundary.AccountService;

/**
 * Ends a login that must not go on: after 12 hours whatever the activity (the idle limit of 30 minutes is
 * the session time-out in web.xml), or within a minute once the account was suspended or its roles,
 * password or second factor changed (its security stamp no longer matches the login's).
 */
@WebFilter("*.xhtml")
public class SessionGuard extends HttpFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration RECHECK = Duration.ofMinutes(1);
    private static final String CHECKED_AT = "hub.checkedAt";

    @EJB
    AccountService accounts;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null && mustEnd(session)) {
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustEnd(HttpSession session) {
        Instant now = Instant.now(clock);
        if (session.getAttribute(HubAuthenticationMechanism.LOGIN_AT) instanceof Instant loginAt
                && loginAt.plus(ABSOLUTE).isBefore(now)) {
            return true;
        }
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked && checked.plus(RECHECK).isAfter(now)) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        long stamp = session.getAttribute(HubAuthenticationMechanism.STAMP) instanceof Long value ? value : -1;
        return !accounts.callerSessionStillValid(stamp);
    }
}
