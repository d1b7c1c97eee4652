package org.globalhub.web.login;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.globalhub.identity.boundary.LoginService;
import org.globalhub.identity.boundary.LoginTicket;
import org.globalhub.identity.boundary.SignedIn;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.QrSvg;

/**
 * The login pages: password ({@code /login.xhtml}), then a code ({@code /login-code.xhtml}) or, on
 * the first login, the authenticator enrolment ({@code /login-enrol.xhtml}) and the recovery codes.
 */
@Named
@RequestScoped
public class LoginBacking {

    @EJB LoginService login;
    @Inject PendingLogin pending;
    @Inject SecurityContext security;

    private String email;
    private String password;
    private String code;
    private List<String> recoveryCodes;

    public String checkPassword() {
        try {
            LoginTicket ticket = login.checkPassword(email, password, source());
            pending.start(ticket.ticket(), ticket.mustEnrol());
            if (ticket.mustEnrol()) {
                var enrolment = login.beginEnrolment(ticket.ticket());
                pending.enrolment(enrolment.secret(), enrolment.uri());
                return "/login-enrol?faces-redirect=true";
            }
            return "/login-code?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        } finally {
            password = null;
        }
    }

    public String checkCode() {
        try {
            return finish(login.completeLogin(pending.ticket(), code, source(), browser()), null);
        } catch (BusinessException e) {
            pending.clear();
            Messages.error(e);
            Messages.keepForRedirect();
            return "/login?faces-redirect=true";
        }
    }

    public String confirmEnrolment() {
        try {
            LoginService.EnrolledLogin enrolled =
                    login.confirmEnrolment(pending.ticket(), code, source(), browser());
            pending.recoveryCodes(enrolled.recoveryCodes());
            return finish(enrolled.signedIn(), "/login-recovery-codes?faces-redirect=true");
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    /** Without a ticket from step 1 the second-step pages show only a link back to step 1. */
    public boolean isTicketHeld() {
        return pending.ticket() != null;
    }

    /** Hands the verified caller to the container, in a new session id (no session fixation). */
    private String finish(SignedIn signedIn, String next) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        request.changeSessionId();
        AuthenticationStatus status =
                security.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .credential(
                                        new VerifiedCaller(
                                                signedIn.email(),
                                                signedIn.roles(),
                                                signedIn.securityStamp(),
                                                signedIn.sessionKey()))
                                .newAuthentication(true));
        pending.clear();
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.info("login.failed");
            return null;
        }
        if (next != null) {
            return next;
        }
        Object wanted = request.getSession().getAttribute(HubAuthenticationMechanism.WANTED);
        request.getSession().removeAttribute(HubAuthenticationMechanism.WANTED);
        try {
            external.redirect(
                    wanted instanceof String url && url.startsWith(request.getContextPath() + "/")
                            ? url
                            : request.getContextPath() + home(signedIn));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    /**
     * Where a person lands after login (when no page was asked for): providers in their portal,
     * everyone else on the home page.
     */
    private static String home(SignedIn signedIn) {
        return signedIn.roles().contains("provider") ? "/provider/index.xhtml" : "/index.xhtml";
    }

    /** The address the request came from, for the counts that limit logins and requests. */
    static String source() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** The browser as it names itself, for the person's list of open sessions. */
    private static String browser() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getHeader("User-Agent");
    }

    /** The enrolment QR code as inline SVG (no third-party service). */
    public String getQrSvg() {
        return QrSvg.of(pending.enrolmentUri());
    }

    public String getSecret() {
        String secret = pending.enrolmentSecret();
        return secret == null ? "" : secret.replaceAll("(.{4})", "$1 ").strip();
    }

    /**
     * Shown once: taken from the session at the first read of this request, kept for the rest of
     * it.
     */
    public List<String> getRecoveryCodes() {
        if (recoveryCodes == null) {
            recoveryCodes = pending.takeRecoveryCodes();
        }
        return recoveryCodes;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
