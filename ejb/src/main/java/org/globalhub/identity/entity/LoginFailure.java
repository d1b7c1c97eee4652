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
 * Failed logins of one counter (a source address, or a source address with one account) within a
 * window: at the limit the counter blocks for a while. Tries while it blocks neither count nor
 * extend the block.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(
        name = "LoginFailure.deleteForAccount",
        query = "DELETE FROM LoginFailure f WHERE f.key LIKE :pairsOfAccount")
@NamedQuery(
        name = "LoginFailure.deleteStale",
        query =
                "DELETE FROM LoginFailure f WHERE f.windowStart < :before AND (f.blockedUntil IS NULL OR f.blockedUntil < :now)")
public class LoginFailure {

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Id
    @Column(name = "counter_key", length = 300)
    private String key;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(nullable = false)
    private int failures;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginFailure() {}

    public LoginFailure(String key, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.windowStart = Objects.requireNonNull(now);
    }

    public boolean isBlocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /** Counts one failure; the {@code limit}-th within {@code window} blocks for {@code block}. */
    public void failed(Instant now, int limit, Duration window, Duration block) {
        if (isBlocked(now)) {
            return;
        }
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            blockedUntil = now.plus(block);
            failures = 0;
            windowStart = now;
        }
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
