package org.globalhub.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.globalhub.platform.SqlStatementCounter;

/**
 * Puts the number of SQL statements a page needed into the request attribute {@code hub.sql}, for
 * an access log pattern with {@code %{r,hub.sql}} (the benchmarks' servers use one; the Hub itself
 * logs no access).
 */
@WebFilter("*.xhtml")
public class SqlCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SqlStatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            request.setAttribute("hub.sql", SqlStatementCounter.count());
        }
    }
}
