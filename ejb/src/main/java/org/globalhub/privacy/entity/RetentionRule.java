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

/** How long one category of personal data is kept; administrators change it within the category's bounds. */
@Entity
@Table(name = "retention_rule")
@NamedQuery(name = "RetentionRule.findAll", query = "SELECT r FROM RetentionRule r ORDER BY r.category")
public class RetentionRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private RetentionCategory category;

    @Column(nullable = false)
    private int days;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected RetentionRule() {
    }

    public RetentionRule(RetentionCategory category, int days, String changedBy, Instant changedAt) {
        this.category = Objects.requireNonNull(category);
        change(days, changedBy, changedAt);
    }

    public void change(int newDays, String by, Instant at) {
        if (newDays < category.getMinDays() || newDays > category.getMaxDays()) {
            throw new InvalidInputException("retention.outOfBounds", category.getMinDays(), category.getMaxDays());
        }
        days = newDays;
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    /** Data of this category older than this instant has expired. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    public RetentionCategory getCategory() { return category; }
    public int getDays() { return days; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}
