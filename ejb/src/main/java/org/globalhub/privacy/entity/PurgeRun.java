package org.globalhub.privacy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * The report of one purge run (one batch job execution): when, by whom, dry or real, and its
 * counts.
 */
@Entity
@Table(name = "purge_run")
@NamedQuery(
        name = "PurgeRun.findRecent",
        query = "SELECT r FROM PurgeRun r ORDER BY r.startedAt DESC, r.executionId DESC")
@NamedQuery(
        name = "PurgeRun.findUnfinished",
        query = "SELECT r FROM PurgeRun r WHERE r.outcome IS NULL AND r.executionId <> :running")
public class PurgeRun {

    /** Outcome of a run that found another purge running and did nothing. */
    public static final String OVERLAP = "SKIPPED_OVERLAP";

    public static final String COMPLETED = "COMPLETED";

    /** Outcome of a run that was cut off (its server was killed or crashed) and never finished. */
    public static final String INTERRUPTED = "INTERRUPTED";

    @NotPersonal
    @Id
    @Column(name = "execution_id")
    private Long executionId;

    @NotPersonal
    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @NotPersonal
    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @PersonalData(
            value = DataKind.SECURITY_RECORDS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "the report of a purge stays as proof of the retention policy, without the administrator's name")
    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @NotPersonal
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @NotPersonal
    @Column(length = 30)
    private String outcome;

    @NotPersonal
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purge_count", joinColumns = @JoinColumn(name = "execution_id"))
    private List<PurgeCount> counts = new ArrayList<>();

    protected PurgeRun() {}

    public PurgeRun(
            long executionId, boolean dryRun, Instant asOf, String startedBy, Instant startedAt) {
        this.executionId = executionId;
        this.dryRun = dryRun;
        this.asOf = Objects.requireNonNull(asOf);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    public void count(RetentionCategory category, PurgeAction action, long n) {
        for (PurgeCount line : counts) {
            if (line.getCategory() == category && line.getAction() == action) {
                line.add(n);
                return;
            }
        }
        counts.add(new PurgeCount(category, action, n));
    }

    public long countOf(RetentionCategory category, PurgeAction action) {
        return counts.stream()
                .filter(c -> c.getCategory() == category && c.getAction() == action)
                .mapToLong(PurgeCount::getCount)
                .sum();
    }

    public void finish(String how) {
        outcome = Objects.requireNonNull(how);
    }

    public Long getExecutionId() {
        return executionId;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Instant getAsOf() {
        return asOf;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<PurgeCount> getCounts() {
        return Collections.unmodifiableList(counts);
    }
}
