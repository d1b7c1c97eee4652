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

/** An agent's named search or shortlist: the query string of its page, replayed against today's catalogue. */
@Entity
@Table(name = "saved_selection")
@NamedQuery(name = "SavedSelection.findByOwner", query = "SELECT s FROM SavedSelection s WHERE s.owner = :owner ORDER BY s.createdAt DESC, s.id DESC")
public class SavedSelection {

    public static final int MAX_PER_AGENT = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "saved_selection_seq")
    @TableGenerator(name = "saved_selection_seq", table = "hub_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "SAVED_SELECTION", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 254)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SelectionKind kind;

    @Column(nullable = false, length = 2000)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSelection() {
    }

    public SavedSelection(String owner, String name, SelectionKind kind, String query, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.query = Objects.requireNonNull(query);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public String getName() { return name; }
    public SelectionKind getKind() { return kind; }
    public String getQuery() { return query; }
    public Instant getCreatedAt() { return createdAt; }
}
