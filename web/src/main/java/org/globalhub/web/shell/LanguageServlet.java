package org.globalhub.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The header's language switcher (a plain form on every page, public like the login page): switches
 * the session's language, remembers it in a cookie and shows the same page again (303). Only a
 * display preference changes, so it needs no form token; an unknown language changes nothing.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject LocaleBacking locale;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String language = request.getParameter("to");
        if (LocaleBacking.LANGUAGES.contains(language)) {
            locale.choose(language);
            response.addHeader(
                    "Set-Cookie",
                    LocaleBacking.COOKIE
                            + "="
                            + language
                            + "; Max-Age="
                            + LocaleBacking.ONE_YEAR
                            + "; Path="
                            + request.getContextPath()
                            + "/; Secure; HttpOnly; SameSite=Lax");
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LocalTarget.back(request));
    }
}
