package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * An agent's consent to be in the directory, field by field: only the fields they chose are ever
 * shown or searched. Opting out deletes the entry.
 */
@Entity
@Table(name = "directory_entry")
@NamedQuery(
        name = "DirectoryEntry.findListed",
        query = "SELECT d FROM DirectoryEntry d WHERE d.listed = true")
@NamedQuery(
        name = "DirectoryEntry.findSharingName",
        query =
                "SELECT d.owner FROM DirectoryEntry d WHERE d.listed = true AND d.showName = true AND d.owner IN :owners")
public class DirectoryEntry {

    @PersonalData(DataKind.DIRECTORY)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.DIRECTORY)
    @Column(nullable = false)
    private boolean listed;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_agency", nullable = false)
    private boolean showAgency;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_country", nullable = false)
    private boolean showCountry;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_languages", nullable = false)
    private boolean showLanguages;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_expertise", nullable = false)
    private boolean showExpertise;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_tools", nullable = false)
    private boolean showTools;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "show_contact", nullable = false)
    private boolean showContact;

    @PersonalData(DataKind.DIRECTORY)
    @Column(length = 200)
    private String languages;

    @PersonalData(DataKind.DIRECTORY)
    @Column(length = 500)
    private String expertise;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "tools_used", length = 1000)
    private String toolsUsed;

    @PersonalData(DataKind.DIRECTORY)
    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @NotPersonal @Version private long version;

    protected DirectoryEntry() {}

    public DirectoryEntry(String owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    /** Records the agent's choices (a new consent, with its time). */
    public void consent(
            boolean[] shown, String languages, String expertise, String toolsUsed, Instant now) {
        listed = true;
        showName = shown[0];
        showAgency = shown[1];
        showCountry = shown[2];
        showLanguages = shown[3];
        showExpertise = shown[4];
        showTools = shown[5];
        showContact = shown[6];
        this.languages = languages;
        this.expertise = expertise;
        this.toolsUsed = toolsUsed;
        consentedAt = Objects.requireNonNull(now);
    }

    public String getOwner() {
        return owner;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isShowName() {
        return showName;
    }

    public boolean isShowAgency() {
        return showAgency;
    }

    public boolean isShowCountry() {
        return showCountry;
    }

    public boolean isShowLanguages() {
        return showLanguages;
    }

    public boolean isShowExpertise() {
        return showExpertise;
    }

    public boolean isShowTools() {
        return showTools;
    }

    public boolean isShowContact() {
        return showContact;
    }

    public String getLanguages() {
        return languages;
    }

    public String getExpertise() {
        return expertise;
    }

    public String getToolsUsed() {
        return toolsUsed;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }
}
