package org.globalhub.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sends a generated text file (CSV, JSON) as the response of a JSF action, instead of a page. */
public final class Downloads {

    private Downloads() {}

    public static void send(String fileName, String type, String body) {
        send(fileName, type + "; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(String fileName, String contentType, byte[] body) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
