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
import org.globalhub.identity.boundary.SessionEpoch;

/**
 * Ends a login that must not go on: after 12 hours whatever the activity (the idle limit of 30
 * minutes is the session time-out in web.xml), or at its next request once the account was
 * suspended, erased, or its roles, password or second factor changed (its security stamp no longer
 * matches the login's). The account is looked at again only when the session epoch moved (every
 * such change raises it, on any server) or every 5 minutes as a safety net, so a steady session
 * costs no query.
 */
@WebFilter("*.xhtml")
public class SessionGuard extends HttpFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration RECHECK = Duration.ofMinutes(5);
    private static final String CHECKED_AT = "hub.checkedAt";
    private static final String CHECKED_EPOCH = "hub.checkedEpoch";

    @EJB AccountService accounts;

    @EJB SessionEpoch epochs;

    @Inject Clock clock;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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
        long epoch = epochs.current();
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked
                && checked.plus(RECHECK).isAfter(now)
                && session.getAttribute(CHECKED_EPOCH) instanceof Long seen
                && seen == epoch) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        session.setAttribute(CHECKED_EPOCH, epoch);
        long stamp =
                session.getAttribute(HubAuthenticationMechanism.STAMP) instanceof Long value
                        ? value
                        : -1;
        String key =
                session.getAttribute(HubAuthenticationMechanism.SESSION_KEY) instanceof String value
                        ? value
                        : null;
        return !accounts.callerSessionStillValid(stamp, key);
    }
}
