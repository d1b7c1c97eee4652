package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * An agent's report that a tool raises an ethical or legal issue, with the evidence, and the
 * curator's recorded decision on it.
 */
@Entity
@Table(name = "concern")
@NamedQuery(
        name = "Concern.findOpenByTool",
        query =
                "SELECT c FROM Concern c WHERE c.tool.id = :toolId AND c.decision = org.globalhub.catalogue.entity.ConcernDecision.OPEN")
public class Concern {

    public static final int MAX_DETAILS = 4000;
    public static final int MAX_EVIDENCE = 2000;

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "concern_seq")
    @TableGenerator(
            name = "concern_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "CONCERN",
            allocationSize = 50)
    private Long id;

    @NotPersonal
    @ManyToOne(optional = false)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "a concern about a tool stays on record with its decision, without its reporter's name")
    @Column(nullable = false, length = 100)
    private String reporter;

    @NotPersonal("the kind of issue raised about the tool")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConcernReason reason;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.KEPT_WITHOUT_AUTHOR,
            keptBecause =
                    "a concern about a tool stays for the curators' record; the reporter becomes an alias")
    @Column(nullable = false, length = MAX_DETAILS)
    private String details;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.KEPT_WITHOUT_AUTHOR,
            keptBecause =
                    "a concern about a tool stays for the curators' record; the reporter becomes an alias")
    @Column(length = MAX_EVIDENCE)
    private String evidence;

    @NotPersonal
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernDecision decision = ConcernDecision.OPEN;

    @NotPersonal("the curator's reason for the decision on the tool")
    @Column(name = "decision_reason", length = Tool.MAX_REASON)
    private String decisionReason;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause = "the decision on a concern stays on record, without the curator's name")
    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @NotPersonal
    @Column(name = "decided_at")
    private Instant decidedAt;

    @NotPersonal @Version private long version;

    protected Concern() {}

    /** The reporter comes from the security context, never from a form. */
    public Concern(
            Tool tool,
            String reporter,
            ConcernReason reason,
            String details,
            String evidence,
            Instant reportedAt) {
        this.tool = Objects.requireNonNull(tool);
        this.reporter = Objects.requireNonNull(reporter);
        if (reason == null) {
            throw new InvalidInputException("error.required", "concern.reason");
        }
        this.reason = reason;
        this.details = Texts.clean(details, "concern.details", true, MAX_DETAILS);
        this.evidence = Texts.clean(evidence, "concern.evidence", false, MAX_EVIDENCE);
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    /**
     * Records the curator's decision. The tool itself is suspended or removed by the caller, so
     * that the tool's own lifecycle rules apply.
     */
    public void decide(ConcernDecision outcome, String reason, String curator, Instant now) {
        if (decision != ConcernDecision.OPEN) {
            throw new InvalidInputException("error.alreadyDecided");
        }
        if (outcome == null || outcome == ConcernDecision.OPEN) {
            throw new InvalidInputException("error.required", "concern.decision");
        }
        this.decisionReason = Texts.clean(reason, "concern.decisionReason", true, Tool.MAX_REASON);
        this.decision = outcome;
        this.decidedBy = Objects.requireNonNull(curator);
        this.decidedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Tool getTool() {
        return tool;
    }

    public String getReporter() {
        return reporter;
    }

    public ConcernReason getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public ConcernDecision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
