package org.globalhub.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.globalhub.batch.questionnaireimport.QuestionnaireFile;

/**
 * An upload over the import's limit gets the import page again with the translated reason, never an
 * empty server error: a request that says it is too long is answered before it is parsed, and one
 * that turns out too long while being parsed (sent without a length) is answered the same way.
 */
@WebFilter("/admin/imports.xhtml")
public class UploadLimit extends HttpFilter {

    /** The file plus the form's other fields and the multipart boundaries. */
    static final long MAX_REQUEST = QuestionnaireFile.MAX_BYTES + 1024 * 1024;

    /**
     * What is read and thrown away so that the browser, still sending, sees the answer: up to the
     * listeners' max-post-size (configure-hub.cli), beyond which the server cuts the request off.
     */
    private static final long DRAIN_AT_MOST = 60L * 1024 * 1024;

    static final String REFUSED = "/admin/imports.xhtml?refused=tooBig";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upload =
                "POST".equals(request.getMethod())
                        && request.getContentType() != null
                        && request.getContentType().startsWith("multipart/");
        if (upload && request.getContentLengthLong() > MAX_REQUEST) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IllegalStateException e) {
            if (!upload || response.isCommitted() || !tooLarge(e)) {
                throw e;
            }
            response.reset();
            refuse(request, response);
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // Undertow: UT000054 (a file over max-file-size), UT000020 (over max-post-size)
            if (message.contains("UT000054")
                    || message.contains("UT000020")
                    || message.contains("UT000036")
                    || t.getClass().getSimpleName().contains("TooBig")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            int read;
            while (drained < DRAIN_AT_MOST && (read = body.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException | IllegalStateException e) {
            // The body cannot be read (any more): the answer goes out all the same.
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + REFUSED);
    }
}
