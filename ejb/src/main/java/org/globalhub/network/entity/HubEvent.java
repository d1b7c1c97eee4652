package org.globalhub.network.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * An upcoming training, webinar or meeting that curators announce: when (stored in UTC, with the
 * organiser's time zone), where (online or a place), in which language, and where to register.
 */
@Entity
@Table(name = "hub_event")
@NamedQuery(
        name = "HubEvent.findUpcoming",
        query = "SELECT e FROM HubEvent e WHERE e.endsAt >= :now ORDER BY e.startsAt, e.id")
public class HubEvent {

    public enum Kind {
        TRAINING,
        WEBINAR,
        MEETING
    }

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "event_seq")
    @TableGenerator(
            name = "event_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "EVENT",
            allocationSize = 20)
    private Long id;

    @NotPersonal
    @Column(nullable = false, length = 200)
    private String title;

    @NotPersonal
    @Column(length = 2000)
    private String description;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @NotPersonal
    @Column(nullable = false)
    private boolean online;

    @NotPersonal
    @Column(length = 300)
    private String location;

    @NotPersonal
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotPersonal
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @NotPersonal
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @NotPersonal
    @Column(nullable = false, length = 8)
    private String language;

    @NotPersonal
    @Column(name = "registration_url", length = 500)
    private String registrationUrl;

    @NotPersonal
    @Column(nullable = false)
    private boolean cancelled;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "an announced event stays for the agents attending it, without the curator's name")
    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @NotPersonal
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @NotPersonal @Version private long version;

    protected HubEvent() {}

    public HubEvent(
            String title,
            String description,
            Kind kind,
            boolean online,
            String location,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            String language,
            String registrationUrl,
            String createdBy,
            Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("event.endBeforeStart");
        }
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new InvalidInputException("event.timeZone", timeZone);
        }
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.kind = Objects.requireNonNull(kind);
        this.online = online;
        this.location = location;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.language = Objects.requireNonNull(language);
        this.registrationUrl = registrationUrl;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.changedAt = Objects.requireNonNull(now);
    }

    public void cancel(Instant now) {
        cancelled = true;
        changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isOnline() {
        return online;
    }

    public String getLocation() {
        return location;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
