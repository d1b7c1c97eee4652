package org.globalhub.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Only GET, HEAD and POST reach the pages, and a page's actions only by POST: JSF would otherwise
 * treat any request carrying a view state (a GET link, a PUT) as a form submission and run its
 * action. Pages are never stored by browsers or proxies ({@code Cache-Control: no-store}).
 */
@WebFilter("*.xhtml")
public class MethodGuard extends HttpFilter {

    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    /**
     * The largest request body of any page but the import's upload (a long article is far less).
     */
    static final long MAX_BODY = 2L * 1024 * 1024;

    static final String UPLOAD_PAGE = "/admin/imports.xhtml";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!ALLOWED.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY
                && !request.getServletPath().equals(UPLOAD_PAGE)) {
            // The listeners take 60 MB for the import's uploads; no other page needs more than
            // this, and a form is parsed in memory.
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String type = request.getContentType();
        if (!"POST".equals(method) && type != null && type.startsWith("multipart/")) {
            // An upload's type without a POST: there is nothing to parse (and parsing would fail).
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"POST".equals(method) && request.getParameter(VIEW_STATE) != null) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            // Pages show personal and case data: no browser or proxy keeps a copy (scripts and
            // styles, served under /jakarta.faces.resource/, stay cacheable).
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
