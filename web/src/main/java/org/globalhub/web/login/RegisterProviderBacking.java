package org.globalhub.web.login;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.catalogue.boundary.ProviderApplication;
import org.globalhub.catalogue.boundary.ProviderMembershipService;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.LocaleBacking;
import org.globalhub.web.shell.Messages;

/**
 * A provider organisation applies ({@code /register-provider.xhtml}); its contact then confirms the
 * address through the same link page as agents.
 */
@Named
@RequestScoped
public class RegisterProviderBacking {

    @EJB ProviderMembershipService membership;
    @Inject LocaleBacking locale;
    @Inject RegisterBacking countries;

    private String organisation;
    private String website;
    private String country;
    private UnRegion region;
    private ProviderType type;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private String about;
    private String password;
    private String passwordAgain;
    private boolean consent;
    private boolean terms;
    private Long joinProvider;

    /** Member organisations a person may ask to join instead of applying for a new one. */
    public List<Provider> getMembers() {
        return membership.memberOrganisations();
    }

    public Long getJoinProvider() {
        return joinProvider;
    }

    public void setJoinProvider(Long joinProvider) {
        this.joinProvider = joinProvider;
    }

    public String apply() {
        try {
            membership.apply(
                    new ProviderApplication(
                            organisation,
                            website,
                            country,
                            region,
                            type,
                            fullName,
                            position,
                            email,
                            phone,
                            about,
                            password,
                            passwordAgain,
                            consent,
                            terms,
                            locale.getLanguage(),
                            joinProvider));
            return "/register-done?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    public List<String> getCountries() {
        return countries.getCountries();
    }

    public String countryName(String code) {
        return countries.countryName(code);
    }

    public List<UnRegion> getRegions() {
        return List.of(UnRegion.values());
    }

    public List<ProviderType> getTypes() {
        return List.of(ProviderType.values());
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public UnRegion getRegion() {
        return region;
    }

    public void setRegion(UnRegion region) {
        this.region = region;
    }

    public ProviderType getType() {
        return type;
    }

    public void setType(ProviderType type) {
        this.type = type;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
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

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
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

    public boolean isTerms() {
        return terms;
    }

    public void setTerms(boolean terms) {
        this.terms = terms;
    }
}
