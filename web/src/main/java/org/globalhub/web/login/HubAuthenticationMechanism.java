package org.globalhub.web.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;

/**
 * The Hub's login with the container (Jakarta Security on WildFly Elytron): the two login steps run
 * in the login pages; when both passed, {@link LoginBacking} hands a {@link VerifiedCaller} here
 * and the container takes the caller and roles for the session. A protected page without login
 * sends the browser to the login page and remembers where it wanted to go.
 */
@ApplicationScoped
@AutoApplySession
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_AT = "hub.loginAt";
    static final String WANTED = "hub.wanted";

    /**
     * The account's security stamp at login (renewed when the person changes their own password).
     */
    public static final String STAMP = "hub.securityStamp";

    /** The key of this login's session record, which the account security page lists and ends. */
    public static final String SESSION_KEY = "hub.sessionKey";

    @Inject Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof VerifiedCaller caller) {
            request.getSession().setAttribute(LOGIN_AT, Instant.now(clock));
            request.getSession().setAttribute(STAMP, caller.securityStamp());
            request.getSession().setAttribute(SESSION_KEY, caller.sessionKey());
            return context.notifyContainerAboutLogin(caller.email(), caller.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession()
                        .setAttribute(
                                WANTED,
                                request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }
}
