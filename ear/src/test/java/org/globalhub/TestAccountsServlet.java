package org.globalhub;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.globalhub.catalogue.boundary.CatalogueProbe;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.identity.boundary.IdentityProbe;

/**
 * Test deployments only (test-support.war, never shipped): makes an active account with a role and
 * a given authenticator secret, for a browser or HTTP test that must log in as a person of its own
 * ({@link TestUser}).
 */
@WebServlet({"/accounts", "/tools"})
public class TestAccountsServlet extends HttpServlet {

    static final String PASSWORD = IdentityProbe.PASSWORD;
    private static final Set<String> ROLES = Set.of("agent", "curator", "administrator");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().endsWith("/tools")) {
            tool(request, response);
            return;
        }
        String role = request.getParameter("role");
        String secret = request.getParameter("secret");
        if (role == null
                || !ROLES.contains(role)
                || secret == null
                || !secret.matches("[A-Z2-7]{16,64}")) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "role agent|curator|administrator and a Base32 secret");
            return;
        }
        String email =
                role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        try {
            IdentityProbe probe =
                    (IdentityProbe)
                            new InitialContext().lookup("java:global/hub/hub-ejb/IdentityProbe");
            probe.activeWithSecret(email, secret, role);
        } catch (NamingException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(email);
    }

    /**
     * A published tool of the test's own (name given), so that no journey depends on which tool is
     * newest.
     */
    private static void tool(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String name = request.getParameter("name");
        if (name == null || !name.matches("[A-Za-z0-9 ]{3,80}")) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST, "a name of letters, digits and spaces");
            return;
        }
        try {
            CatalogueProbe probe =
                    (CatalogueProbe)
                            new InitialContext().lookup("java:global/hub/hub-ejb/CatalogueProbe");
            response.setContentType("text/plain");
            response.getWriter()
                    .print(probe.createTool(name, UnRegion.AFRICA, Purpose.MEDIA_TRIAGE, true));
        } catch (NamingException e) {
            throw new IOException(e);
        }
    }
}
