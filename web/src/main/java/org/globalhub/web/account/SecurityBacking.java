package org.globalhub.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.globalhub.identity.boundary.AccountSecurityService;
import org.globalhub.identity.boundary.Enrolment;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.login.HubAuthenticationMechanism;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.QrSvg;

/**
 * Account security ({@code /account/security.xhtml}): a new password, a new authenticator, new
 * recovery codes, and the person's open sessions. View-scoped: the new authenticator's QR code and
 * the codes shown once live only in this page's state, never in the session.
 */
@Named
@ViewScoped
public class SecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient AccountSecurityService security;

    private String fullName;
    private String agency;
    private String unit;
    private String phone;
    private boolean detailsLoaded;
    private String currentPassword;
    private String newPassword;
    private String repeated;
    private String code;
    private Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    private transient List<AccountSecurityService.OpenSession> sessions;

    public void correctDetails() {
        try {
            security.correctDetails(fullName, agency, unit, phone);
            Messages.info("security.details.done");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /**
     * Fills the details form once per view with what the account holds; what the person typed stays
     * after an error.
     */
    private void loadDetails() {
        if (!detailsLoaded) {
            var details = security.myDetails();
            fullName = details.getFullName();
            agency = details.getAgency();
            unit = details.getUnit();
            phone = details.getPhone();
            detailsLoaded = true;
        }
    }

    public String getFullName() {
        loadDetails();
        return fullName;
    }

    public void setFullName(String fullName) {
        detailsLoaded = true;
        this.fullName = fullName;
    }

    public String getAgency() {
        loadDetails();
        return agency;
    }

    public void setAgency(String agency) {
        detailsLoaded = true;
        this.agency = agency;
    }

    public String getUnit() {
        loadDetails();
        return unit;
    }

    public void setUnit(String unit) {
        detailsLoaded = true;
        this.unit = unit;
    }

    public String getPhone() {
        loadDetails();
        return phone;
    }

    public void setPhone(String phone) {
        detailsLoaded = true;
        this.phone = phone;
    }

    public void changePassword() {
        try {
            renewStamp(
                    security.changePassword(currentPassword, newPassword, repeated, sessionKey()));
            Messages.info("security.password.done");
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            clearPasswords();
        }
    }

    public void startAuthenticator() {
        try {
            enrolment = security.startNewAuthenticator(currentPassword);
            recoveryCodes = List.of();
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            clearPasswords();
        }
    }

    public void confirmAuthenticator() {
        try {
            AccountSecurityService.Renewed renewed =
                    security.confirmNewAuthenticator(code, sessionKey());
            renewStamp(renewed.securityStamp());
            recoveryCodes = renewed.recoveryCodes();
            enrolment = null;
            Messages.info("security.mfa.done");
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            code = null;
        }
    }

    public void newRecoveryCodes() {
        try {
            recoveryCodes = security.newRecoveryCodes(currentPassword);
            enrolment = null;
            Messages.info("security.codes.done");
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            clearPasswords();
        }
    }

    public void endSession(String handle) {
        try {
            security.endSession(handle);
            Messages.info("security.sessions.ended");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        sessions = null;
    }

    public List<AccountSecurityService.OpenSession> getSessions() {
        if (sessions == null) {
            sessions = security.mySessions(sessionKey());
        }
        return sessions;
    }

    public String getQrSvg() {
        return enrolment == null ? "" : QrSvg.of(enrolment.uri());
    }

    public String getSecret() {
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})", "$1 ").strip();
    }

    /**
     * This session goes on after a change that ended all others: it keeps the account's new
     * security stamp.
     */
    private static void renewStamp(long stamp) {
        sessionMap().put(HubAuthenticationMechanism.STAMP, stamp);
    }

    private static String sessionKey() {
        return sessionMap().get(HubAuthenticationMechanism.SESSION_KEY) instanceof String key
                ? key
                : null;
    }

    private static Map<String, Object> sessionMap() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    }

    private void clearPasswords() {
        currentPassword = null;
        newPassword = null;
        repeated = null;
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
