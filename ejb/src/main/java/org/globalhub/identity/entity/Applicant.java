package org.globalhub.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/**
 * What a person tells the Hub when registering, for the curators who vet them. Minimal by design.
 */
@Embeddable
public class Applicant {

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @PersonalData(DataKind.IDENTITY)
    @Column(nullable = false, length = 200)
    private String agency;

    @PersonalData(DataKind.IDENTITY)
    @Column(length = 200)
    private String unit;

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @PersonalData(DataKind.IDENTITY)
    @Column(nullable = false, length = 40)
    private String phone;

    /** A supervisor or referee who can confirm the person: name and how to reach them. */
    @PersonalData(DataKind.VETTING)
    @Column(nullable = false, length = 500)
    private String referee;

    @PersonalData(DataKind.VETTING)
    @Column(nullable = false, length = 2000)
    private String purpose;

    protected Applicant() {}

    public Applicant(
            String fullName,
            String agency,
            String unit,
            String countryCode,
            String phone,
            String referee,
            String purpose) {
        this.fullName = Texts.clean(fullName, "account.fullName", true, 200);
        this.agency = Texts.clean(agency, "account.agency", true, 200);
        this.unit = Texts.clean(unit, "account.unit", false, 200);
        String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
            throw new InvalidInputException("error.country", countryCode);
        }
        this.countryCode = country;
        this.phone = Texts.clean(phone, "account.phone", true, 40);
        if (!this.phone.matches("\\+?[0-9 ()./-]{6,40}")) {
            throw new InvalidInputException("error.phone");
        }
        this.referee = Texts.clean(referee, "account.referee", true, 500);
        this.purpose = Texts.clean(purpose, "account.purpose", true, 2000);
    }

    /**
     * The same person with their own corrections of name, agency, unit and phone (checked like at
     * registration).
     */
    public Applicant corrected(
            String newFullName, String newAgency, String newUnit, String newPhone) {
        return new Applicant(
                newFullName, newAgency, newUnit, countryCode, newPhone, referee, purpose);
    }

    public String getFullName() {
        return fullName;
    }

    public String getAgency() {
        return agency;
    }

    public String getUnit() {
        return unit;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getReferee() {
        return referee;
    }

    public String getPurpose() {
        return purpose;
    }
}
