package org.globalhub.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * An e-mail domain known to belong to a law-enforcement agency: a hint for curators, not a proof.
 */
@Entity
@Table(name = "agency_domain")
@NamedQuery(name = "AgencyDomain.findAll", query = "SELECT d FROM AgencyDomain d ORDER BY d.domain")
public class AgencyDomain {

    @NotPersonal
    @Id
    @Column(length = 200)
    private String domain;

    @NotPersonal
    @Column(nullable = false, length = 200)
    private String agency;

    @PersonalData(
            value = DataKind.VETTING,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "a known agency domain stays a hint for other curators, without the name of who added it")
    @Column(name = "added_by", nullable = false, length = 254)
    private String addedBy;

    @NotPersonal
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AgencyDomain() {}

    public AgencyDomain(String domain, String agency, String addedBy, Instant now) {
        String normal = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (!normal.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}") || normal.length() > 200) {
            throw new InvalidInputException("error.domain");
        }
        this.domain = normal;
        this.agency = Texts.clean(agency, "domain.agency", true, 200);
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public String getDomain() {
        return domain;
    }

    public String getAgency() {
        return agency;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
