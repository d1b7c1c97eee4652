package org.globalhub.web.login;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.globalhub.identity.boundary.PasswordResetService;
import org.globalhub.web.shell.Messages;

/**
 * Forgotten password ({@code /forgot.xhtml}) and the link's page ({@code /reset.xhtml?token=...}).
 */
@Named
@RequestScoped
public class PasswordResetBacking {

    @EJB PasswordResetService reset;
    @Inject org.globalhub.web.shell.LocaleBacking locale;

    private String email;
    private String token;
    private String password;
    private String passwordAgain;

    public String requestReset() {
        return Messages.attempt(
                () -> reset.requestReset(email, locale.getLanguage(), LoginBacking.source()),
                "forgot.done",
                "/login?faces-redirect=true");
    }

    public String resetPassword() {
        try {
            return Messages.attempt(
                    () -> reset.resetPassword(token, password, passwordAgain),
                    "reset.done",
                    "/login?faces-redirect=true");
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
