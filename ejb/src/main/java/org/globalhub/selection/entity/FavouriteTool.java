package org.globalhub.selection.entity;

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
 * A tool an agent marked as a favourite (also how the Hub knows whom to tell when the tool is
 * removed).
 */
@Entity
@Table(name = "favourite_tool")
@NamedQuery(
        name = "FavouriteTool.findByOwner",
        query = "SELECT f FROM FavouriteTool f WHERE f.owner = :owner ORDER BY f.createdAt DESC")
@NamedQuery(
        name = "FavouriteTool.find",
        query = "SELECT f FROM FavouriteTool f WHERE f.owner = :owner AND f.toolId = :toolId")
public class FavouriteTool {

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "favourite_seq")
    @TableGenerator(
            name = "favourite_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "FAVOURITE",
            allocationSize = 20)
    private Long id;

    @PersonalData(DataKind.CHOICES)
    @Column(nullable = false, length = 254)
    private String owner;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "tool_id", nullable = false)
    private long toolId;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FavouriteTool() {}

    public FavouriteTool(String owner, long toolId, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.toolId = toolId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public long getToolId() {
        return toolId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
