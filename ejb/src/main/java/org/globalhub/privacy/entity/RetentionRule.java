package org.globalhub.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * How long one category of personal data is kept; administrators change it within the category's
 * bounds.
 */
@Entity
@Table(name = "retention_rule")
@NamedQuery(
        name = "RetentionRule.findAll",
        query = "SELECT r FROM RetentionRule r ORDER BY r.category")
public class RetentionRule {

    @NotPersonal
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private RetentionCategory category;

    @NotPersonal
    @Column(nullable = false)
    private int days;

    @PersonalData(
            value = DataKind.SECURITY_RECORDS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "the retention rule stays in force, without the name of the administrator who last changed it")
    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @NotPersonal
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @NotPersonal @Version private long version;

    protected RetentionRule() {}

    public RetentionRule(
            RetentionCategory category, int days, String changedBy, Instant changedAt) {
        this.category = Objects.requireNonNull(category);
        change(days, changedBy, changedAt);
    }

    public void change(int newDays, String by, Instant at) {
        if (newDays < category.getMinDays() || newDays > category.getMaxDays()) {
            throw new InvalidInputException(
                    "retention.outOfBounds", category.getMinDays(), category.getMaxDays());
        }
        days = newDays;
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    /** Data of this category older than this instant has expired. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    public RetentionCategory getCategory() {
        return category;
    }

    public int getDays() {
        return days;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
