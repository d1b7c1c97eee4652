package org.globalhub.web.login;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.globalhub.identity.boundary.Registration;
import org.globalhub.identity.boundary.RegistrationService;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.LocaleBacking;
import org.globalhub.web.shell.Messages;

/** Registration ({@code /register.xhtml}) and the e-mail link ({@code /verify.xhtml?token=...}). */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB RegistrationService registration;
    @Inject LocaleBacking locale;

    private String fullName;
    private String agency;
    private String unit;
    private String country;
    private String email;
    private String phone;
    private String referee;
    private String purpose;
    private String password;
    private String passwordAgain;
    private boolean consent;
    private String token;
    private boolean verified;

    public String register() {
        try {
            registration.register(
                    new Registration(
                            fullName,
                            agency,
                            unit,
                            country,
                            email,
                            phone,
                            referee,
                            purpose,
                            password,
                            passwordAgain,
                            consent,
                            locale.getLanguage()),
                    LoginBacking.source());
            return "/register-done?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    /** The view action of the link page: confirms the address once. */
    public void verify() {
        try {
            registration.verifyEmail(token);
            verified = true;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** ISO countries, named and sorted in the visitor's language. */
    public List<String> getCountries() {
        Locale current = locale.getLocale();
        Collator collator = Collator.getInstance(current);
        return Stream.of(Locale.getISOCountries())
                .sorted(
                        Comparator.comparing(
                                (String c) -> new Locale("", c).getDisplayCountry(current),
                                collator))
                .toList();
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(locale.getLocale());
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReferee() {
        return referee;
    }

    public void setReferee(String referee) {
        this.referee = referee;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
