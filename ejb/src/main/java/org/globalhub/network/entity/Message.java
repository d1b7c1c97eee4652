package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/** A direct message between two agents; kept as long as the retention policy says. */
@Entity
@Table(name = "message")
@NamedQuery(
        name = "Message.between",
        query =
                "SELECT m FROM Message m WHERE (m.sender = :a AND m.recipient = :b)"
                        + " OR (m.sender = :b AND m.recipient = :a) ORDER BY m.sentAt, m.id")
@NamedQuery(
        name = "Message.involving",
        query =
                "SELECT m FROM Message m WHERE m.sender = :me OR m.recipient = :me ORDER BY m.sentAt DESC, m.id DESC")
@NamedQuery(
        name = "Message.countUnread",
        query = "SELECT COUNT(m) FROM Message m WHERE m.recipient = :me AND m.readAt IS NULL")
@NamedQuery(
        name = "Message.findReported",
        query = "SELECT m FROM Message m WHERE m.reported = true ORDER BY m.sentAt DESC")
public class Message {

    public static final int MAX_LENGTH = 4000;

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "message_seq")
    @TableGenerator(
            name = "message_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "MESSAGE",
            allocationSize = 50)
    private Long id;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false, length = 254)
    private String sender;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false, length = 254)
    private String recipient;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(name = "read_at")
    private Instant readAt;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false)
    private boolean reported;

    protected Message() {}

    public Message(String sender, String recipient, String body, Instant sentAt) {
        this.sender = Objects.requireNonNull(sender);
        this.recipient = Objects.requireNonNull(recipient);
        this.body = Objects.requireNonNull(body);
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void report() {
        reported = true;
    }

    public Long getId() {
        return id;
    }

    public String getSender() {
        return sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isReported() {
        return reported;
    }
}
