package org.globalhub.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/**
 * One login of one account, open until logout, its end by the person, or the session's time-outs:
 * what the account security page lists. Identified by the hash of a random key the HTTP session
 * holds.
 */
@Entity
@Table(name = "login_session")
@NamedQuery(
        name = "LoginSession.findOpen",
        query =
                "SELECT s FROM LoginSession s WHERE s.accountId = :account AND s.endedAt IS NULL AND s.lastSeenAt >= :since"
                        + " ORDER BY s.lastSeenAt DESC")
@NamedQuery(
        name = "LoginSession.deleteStale",
        query = "DELETE FROM LoginSession s WHERE s.lastSeenAt < :before")
@NamedQuery(
        name = "LoginSession.deleteFor",
        query = "DELETE FROM LoginSession s WHERE s.accountId IN :ids")
public class LoginSession {

    /** A session unseen this long is over (the idle time-out is 30 minutes; this is generous). */
    public static final Duration IDLE = Duration.ofHours(1);

    @PersonalData(DataKind.CREDENTIALS)
    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(length = 100)
    private String source;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(length = 200)
    private String browser;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "ended_at")
    private Instant endedAt;

    protected LoginSession() {}

    public LoginSession(
            String keyHash, long accountId, String source, String browser, Instant now) {
        this.keyHash = Objects.requireNonNull(keyHash);
        this.accountId = accountId;
        this.source = cut(source, 100);
        this.browser = cut(browser, 200);
        this.startedAt = Objects.requireNonNull(now);
        this.lastSeenAt = now;
    }

    public boolean isOpen(Instant now) {
        return endedAt == null && !lastSeenAt.plus(IDLE).isBefore(now);
    }

    /**
     * Notes activity, at most every few minutes so that a busy session does not write on every
     * request.
     */
    public void seen(Instant now) {
        if (lastSeenAt.plus(Duration.ofMinutes(5)).isBefore(now)) {
            lastSeenAt = now;
        }
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    public String getKeyHash() {
        return keyHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getSource() {
        return source;
    }

    public String getBrowser() {
        return browser;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
