package org.globalhub.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/**
 * A single-use, expiring link sent by e-mail. Only the SHA-256 of the token is stored: the database
 * never holds a usable link.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = "AccountToken.deleteFor",
        query = "DELETE FROM AccountToken t WHERE t.account = :account")
@NamedQuery(
        name = "AccountToken.closeOpenFor",
        query =
                "UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :account AND t.usedAt IS NULL")
@NamedQuery(
        name = "AccountToken.countExpiredBefore",
        query = "SELECT COUNT(t) FROM AccountToken t WHERE t.expiresAt < :cutoff")
@NamedQuery(
        name = "AccountToken.deleteExpiredBefore",
        query = "DELETE FROM AccountToken t WHERE t.expiresAt < :cutoff")
public class AccountToken {

    @PersonalData(DataKind.CREDENTIALS)
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @PersonalData(DataKind.CREDENTIALS)
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @PersonalData(DataKind.CREDENTIALS)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(String tokenHash, Account account, TokenPurpose purpose, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.expiresAt = now.plus(purpose.validity());
    }

    /**
     * Marks the token used; false when it was used before, has expired or is for something else.
     */
    public boolean redeem(TokenPurpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !expiresAt.isAfter(now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
