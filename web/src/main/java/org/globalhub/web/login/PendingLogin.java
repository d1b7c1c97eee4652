package org.globalhub.web.login;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.List;

/** The state between the login steps in this browser session: the ticket, and what to show next. */
@SessionScoped
public class PendingLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ticket;
    private boolean mustEnrol;
    private String enrolmentSecret;
    private String enrolmentUri;
    private List<String> recoveryCodes = List.of();

    void start(String ticket, boolean mustEnrol) {
        this.ticket = ticket;
        this.mustEnrol = mustEnrol;
        this.enrolmentSecret = null;
        this.enrolmentUri = null;
    }

    void clear() {
        ticket = null;
        enrolmentSecret = null;
        enrolmentUri = null;
    }

    String ticket() {
        return ticket;
    }

    boolean mustEnrol() {
        return mustEnrol;
    }

    String enrolmentSecret() {
        return enrolmentSecret;
    }

    String enrolmentUri() {
        return enrolmentUri;
    }

    void enrolment(String secret, String uri) {
        this.enrolmentSecret = secret;
        this.enrolmentUri = uri;
    }

    void recoveryCodes(List<String> codes) {
        this.recoveryCodes = List.copyOf(codes);
    }

    /**
     * The recovery codes, once: they leave the session as they are handed out, so a reload shows
     * none.
     */
    List<String> takeRecoveryCodes() {
        List<String> codes = recoveryCodes;
        recoveryCodes = List.of();
        return codes;
    }
}
