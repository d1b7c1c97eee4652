package org.globalhub.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * One recorded change: who did what to which subject, when. Never updated, never deleted by users.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.findBySubject",
        query =
                "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
        name = "AuditEntry.findRecent",
        query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_seq")
    @TableGenerator(
            name = "audit_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "AUDIT",
            allocationSize = 50)
    private Long id;

    @NotPersonal
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @PersonalData(
            value = DataKind.SECURITY_RECORDS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "the audit trail stays for investigations of misuse, without the person's name")
    @Column(nullable = false, length = 100)
    private String actor;

    @NotPersonal
    @Column(nullable = false, length = 60)
    private String action;

    @NotPersonal
    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    // TODO(privacy): kept at erasure (AuditPersonalData): an erased account's id stays
    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "subject_id", nullable = false, length = 60)
    private String subjectId;

    // TODO(privacy): erasure (AuditPersonalData) clears only details quoting the address
    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(length = 2000)
    private String details;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.details =
                details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetails() {
        return details;
    }
}
