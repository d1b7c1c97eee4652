package org.globalhub.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/**
 * A random secret the Hub made for itself on first use, shared by every server through the
 * database.
 */
@Entity
@Table(name = "hub_secret")
@NotPersonal("random keys of the Hub itself")
public class HubSecret {

    @Id
    @Column(length = 40)
    private String name;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HubSecret() {}

    public HubSecret(String name, String secret, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getSecret() {
        return secret;
    }
}
