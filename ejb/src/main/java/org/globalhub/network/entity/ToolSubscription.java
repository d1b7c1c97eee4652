package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/** An agent wants to hear of new tools for one task (a catalogue purpose). */
@Entity
@Table(name = "tool_subscription")
@IdClass(ToolSubscription.Key.class)
public class ToolSubscription {

    @PersonalData(DataKind.CHOICES)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.CHOICES)
    @Id
    @Column(length = 40)
    private String purpose;

    protected ToolSubscription() {}

    public ToolSubscription(String owner, String purpose) {
        this.owner = Objects.requireNonNull(owner);
        this.purpose = Objects.requireNonNull(purpose);
    }

    public String getOwner() {
        return owner;
    }

    public String getPurpose() {
        return purpose;
    }

    /** The composite key: owner and purpose. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private String purpose;

        public Key() {}

        public Key(String owner, String purpose) {
            this.owner = owner;
            this.purpose = purpose;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(owner, key.owner)
                    && Objects.equals(purpose, key.purpose);
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, purpose);
        }
    }
}
