package org.globalhub.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.globalhub.platform.metrics.HubMetrics;

/**
 * Times every page for the Hub's metrics ({@code hub_requests_seconds} by page). A page the Hub
 * does not have (an answer of 404) counts as "other", so that made-up addresses never make new
 * series.
 */
@WebFilter("*.xhtml")
public class RequestTimer extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject HubMetrics metrics;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String page =
                    response.getStatus() == HttpServletResponse.SC_NOT_FOUND
                            ? "other"
                            : request.getServletPath();
            metrics.request(page, System.nanoTime() - start);
        }
    }
}
