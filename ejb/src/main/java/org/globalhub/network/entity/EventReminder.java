package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/** An agent asked to be reminded of an event; {@code sentAt} once the reminder went out. */
@Entity
@Table(name = "event_reminder")
@IdClass(EventReminder.Key.class)
public class EventReminder {

    @PersonalData(DataKind.CHOICES)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.CHOICES)
    @Id
    @Column(name = "event_id")
    private long eventId;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "sent_at")
    private Instant sentAt;

    protected EventReminder() {}

    public EventReminder(String owner, long eventId) {
        this.owner = Objects.requireNonNull(owner);
        this.eventId = eventId;
    }

    public void sent(Instant now) {
        sentAt = now;
    }

    public String getOwner() {
        return owner;
    }

    public long getEventId() {
        return eventId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The composite key: owner and event. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private long eventId;

        public Key() {}

        public Key(String owner, long eventId) {
            this.owner = owner;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(owner, key.owner)
                    && eventId == key.eventId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, eventId);
        }
    }
}
