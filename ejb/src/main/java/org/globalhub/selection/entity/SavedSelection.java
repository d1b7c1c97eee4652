package org.globalhub.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * An agent's named search or shortlist: the query string of its page, replayed against today's
 * catalogue.
 */
@Entity
@Table(name = "saved_selection")
@NamedQuery(
        name = "SavedSelection.findByOwner",
        query =
                "SELECT s FROM SavedSelection s WHERE s.owner = :owner ORDER BY s.createdAt DESC, s.id DESC")
public class SavedSelection {

    public static final int MAX_PER_AGENT = 50;

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "saved_selection_seq")
    @TableGenerator(
            name = "saved_selection_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "SAVED_SELECTION",
            allocationSize = 20)
    private Long id;

    @PersonalData(DataKind.CHOICES)
    @Column(nullable = false, length = 254)
    private String owner;

    @PersonalData(DataKind.CHOICES)
    @Column(nullable = false, length = 100)
    private String name;

    @PersonalData(DataKind.CHOICES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SelectionKind kind;

    @PersonalData(DataKind.CHOICES)
    @Column(nullable = false, length = 2000)
    private String query;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSelection() {}

    public SavedSelection(
            String owner, String name, SelectionKind kind, String query, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.query = Objects.requireNonNull(query);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public SelectionKind getKind() {
        return kind;
    }

    public String getQuery() {
        return query;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
