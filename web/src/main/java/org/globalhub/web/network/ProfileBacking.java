package org.globalhub.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.globalhub.network.boundary.DirectoryForm;
import org.globalhub.network.boundary.DirectoryService;
import org.globalhub.network.entity.DirectoryEntry;
import org.globalhub.web.shell.Messages;

/**
 * The agent's own directory entry ({@code /network/profile.xhtml}): listed or not, and each field's
 * consent.
 */
@Named
@RequestScoped
public class ProfileBacking {

    @EJB DirectoryService directory;

    private boolean listed;
    private boolean showName;
    private boolean showAgency;
    private boolean showCountry;
    private boolean showLanguages;
    private boolean showExpertise;
    private boolean showTools;
    private boolean showContact;
    private String languages;
    private String expertise;
    private String toolsUsed;

    @PostConstruct
    void load() {
        directory.myEntry().ifPresent(this::fill);
    }

    private void fill(DirectoryEntry e) {
        listed = e.isListed();
        showName = e.isShowName();
        showAgency = e.isShowAgency();
        showCountry = e.isShowCountry();
        showLanguages = e.isShowLanguages();
        showExpertise = e.isShowExpertise();
        showTools = e.isShowTools();
        showContact = e.isShowContact();
        languages = e.getLanguages();
        expertise = e.getExpertise();
        toolsUsed = e.getToolsUsed();
    }

    public String save() {
        return Messages.attempt(
                () ->
                        directory.saveMyEntry(
                                new DirectoryForm(
                                        listed,
                                        showName,
                                        showAgency,
                                        showCountry,
                                        showLanguages,
                                        showExpertise,
                                        showTools,
                                        showContact,
                                        languages,
                                        expertise,
                                        toolsUsed)),
                listed ? "profile.saved" : "profile.optedOut",
                "/network/profile?faces-redirect=true");
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public boolean isShowName() {
        return showName;
    }

    public void setShowName(boolean showName) {
        this.showName = showName;
    }

    public boolean isShowAgency() {
        return showAgency;
    }

    public void setShowAgency(boolean showAgency) {
        this.showAgency = showAgency;
    }

    public boolean isShowCountry() {
        return showCountry;
    }

    public void setShowCountry(boolean showCountry) {
        this.showCountry = showCountry;
    }

    public boolean isShowLanguages() {
        return showLanguages;
    }

    public void setShowLanguages(boolean showLanguages) {
        this.showLanguages = showLanguages;
    }

    public boolean isShowExpertise() {
        return showExpertise;
    }

    public void setShowExpertise(boolean showExpertise) {
        this.showExpertise = showExpertise;
    }

    public boolean isShowTools() {
        return showTools;
    }

    public void setShowTools(boolean showTools) {
        this.showTools = showTools;
    }

    public boolean isShowContact() {
        return showContact;
    }

    public void setShowContact(boolean showContact) {
        this.showContact = showContact;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getToolsUsed() {
        return toolsUsed;
    }

    public void setToolsUsed(String toolsUsed) {
        this.toolsUsed = toolsUsed;
    }
}
