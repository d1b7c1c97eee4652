package org.globalhub.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The proof that a plain (non-JSF) form was posted from one of the Hub's own pages: a random value
 * kept in the session and written into the form. JSF forms carry their view state for this; the
 * header's forms are plain HTML so that pages without a form of their own save no view state.
 */
public final class FormToken {

    public static final String PARAMETER = "token";

    private static final String ATTRIBUTE = "hub.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {}

    /** This session's token, made at its first use. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, value);
        return value;
    }

    /** Whether the request carries its session's token (compared in constant time). */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        if (session == null
                || sent == null
                || !(session.getAttribute(ATTRIBUTE) instanceof String kept)) {
            return false;
        }
        return MessageDigest.isEqual(
                kept.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
