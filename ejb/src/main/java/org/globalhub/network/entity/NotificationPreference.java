package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/**
 * Whether an agent also wants one kind of notification by e-mail (without a row: the kind's
 * default).
 */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
@NamedQuery(
        name = "NotificationPreference.findByOwner",
        query = "SELECT p FROM NotificationPreference p WHERE p.owner = :me")
public class NotificationPreference {

    @PersonalData(DataKind.CHOICES)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.CHOICES)
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private NotificationKind kind;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    protected NotificationPreference() {}

    public NotificationPreference(String owner, NotificationKind kind, boolean byEmail) {
        this.owner = Objects.requireNonNull(owner);
        this.kind = Objects.requireNonNull(kind);
        this.byEmail = byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public String getOwner() {
        return owner;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    /** The composite key: owner and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private NotificationKind kind;

        public Key() {}

        public Key(String owner, NotificationKind kind) {
            this.owner = owner;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(owner, key.owner) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, kind);
        }
    }
}
