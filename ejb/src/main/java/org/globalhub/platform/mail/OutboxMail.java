package org.globalhub.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * One mail waiting in the outbox, being sent, sent, or given up. A failed attempt waits longer each
 * time (1, 2, 4 ... minutes, at most 6 hours); after {@link #MAX_ATTEMPTS} the mail is given up.
 * Once sent or given up its body is wiped.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = "OutboxMail.findDue",
        query =
                "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.failedAt IS NULL AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.id")
@NamedQuery(
        name = "OutboxMail.claim",
        query =
                "UPDATE OutboxMail m SET m.claimedUntil = :until, m.claimedBy = :node WHERE m.id = :id"
                        + " AND m.sentAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(
        name = "OutboxMail.countRecentTo",
        query =
                "SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :recipient AND m.kind IN :kinds AND m.createdAt >= :since")
@NamedQuery(
        name = "OutboxMail.findTo",
        query = "SELECT m FROM OutboxMail m WHERE m.recipient = :recipient ORDER BY m.id")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_seq")
    @TableGenerator(
            name = "outbox_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "OUTBOX_MAIL",
            allocationSize = 50)
    private Long id;

    @PersonalData(DataKind.NOTICES)
    @Column(nullable = false, length = 254)
    private String recipient;

    @PersonalData(DataKind.NOTICES)
    @Column(nullable = false, length = 40)
    private String kind;

    @PersonalData(DataKind.NOTICES)
    @Column(nullable = false, length = 300)
    private String subject;

    @PersonalData(value = DataKind.NOTICES, erasure = PersonalData.Erasure.WIPED_EARLIER)
    @Column(length = 20000)
    private String body;

    @NotPersonal("when the mail was queued: delivery state")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotPersonal
    @Column(nullable = false)
    private int attempts;

    @NotPersonal
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @NotPersonal
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @NotPersonal("the server sending the mail")
    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @NotPersonal
    @Column(name = "sent_at")
    private Instant sentAt;

    @NotPersonal
    @Column(name = "failed_at")
    private Instant failedAt;

    @PersonalData(DataKind.NOTICES)
    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMail() {}

    public OutboxMail(String recipient, String kind, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.subject = cut(Objects.requireNonNull(subject), 300);
        this.body = cut(Objects.requireNonNull(body), 20000);
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        sentAt = now;
        body = null;
        claimedUntil = null;
    }

    /** A failed attempt: tried again later, or given up after the last one. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = cut(error == null ? "unknown" : error, 500);
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            failedAt = now;
            body = null;
        } else {
            Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 16));
            nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    public boolean isPending() {
        return sentAt == null && failedAt == null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
