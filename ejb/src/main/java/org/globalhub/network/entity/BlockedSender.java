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

/** An agent no longer accepts messages from another one. */
@Entity
@Table(name = "blocked_sender")
@IdClass(BlockedSender.Key.class)
public class BlockedSender {

    @PersonalData(DataKind.CONVERSATIONS)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.CONVERSATIONS)
    @Id
    @Column(length = 254)
    private String blocked;

    protected BlockedSender() {}

    public BlockedSender(String owner, String blocked) {
        this.owner = Objects.requireNonNull(owner);
        this.blocked = Objects.requireNonNull(blocked);
    }

    public String getOwner() {
        return owner;
    }

    public String getBlocked() {
        return blocked;
    }

    /** The composite key: who blocks whom. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private String blocked;

        public Key() {}

        public Key(String owner, String blocked) {
            this.owner = owner;
            this.blocked = blocked;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(owner, key.owner)
                    && Objects.equals(blocked, key.blocked);
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, blocked);
        }
    }
}
