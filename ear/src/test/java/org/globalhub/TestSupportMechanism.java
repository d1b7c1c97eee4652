package org.globalhub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: Jakarta Security (Soteria) installs the Hub's login mechanism for every
 * WAR of the EAR, and the test WAR cannot see hub-web.war's bean. This one lets Arquillian's
 * servlet through.
 */
@ApplicationScoped
public class TestSupportMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return context.doNothing();
    }
}
