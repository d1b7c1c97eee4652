package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * One notice to one agent, shown in the Hub until read and kept as long as the retention policy
 * says. It holds what the notice needs to be written in the reader's language: its kind, the tool
 * and a detail (the reason), or the colleague it is about, by account id only (resolved when shown:
 * an erased colleague disappears).
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.findByRecipient",
        query =
                "SELECT n FROM Notification n WHERE n.recipient = :me ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
        name = "Notification.countUnread",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL")
@NamedQuery(
        name = "Notification.markAllRead",
        query =
                "UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :me AND n.readAt IS NULL")
public class Notification {

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_seq")
    @TableGenerator(
            name = "notification_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "NOTIFICATION",
            allocationSize = 50)
    private Long id;

    @PersonalData(DataKind.NOTICES)
    @Column(nullable = false, length = 254)
    private String recipient;

    @PersonalData(DataKind.NOTICES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @PersonalData(DataKind.NOTICES)
    @Column(name = "tool_id")
    private Long toolId;

    @PersonalData(DataKind.NOTICES)
    @Column(name = "tool_name", length = 200)
    private String toolName;

    @PersonalData(DataKind.NOTICES)
    @Column(length = 2000)
    private String detail;

    @PersonalData(
            value = DataKind.NOTICES,
            erasure = PersonalData.Erasure.KEPT_WITHOUT_AUTHOR,
            keptBecause =
                    "the recipient's notice stays; once the colleague is erased the id names no account (a former member)")
    @Column(name = "about_account")
    private Long aboutAccount;

    @PersonalData(DataKind.NOTICES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @PersonalData(DataKind.NOTICES)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(
            String recipient,
            NotificationKind kind,
            Long toolId,
            String toolName,
            String detail,
            Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.toolId = toolId;
        this.toolName = toolName;
        this.detail = detail;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * A notice about a colleague (a message, a contact request): who, by account id; nothing else
     * about them.
     */
    public static Notification about(
            String recipient, NotificationKind kind, long aboutAccount, Instant createdAt) {
        Notification notice = new Notification(recipient, kind, null, null, null, createdAt);
        notice.aboutAccount = aboutAccount;
        return notice;
    }

    public Long getId() {
        return id;
    }

    public Long getAboutAccount() {
        return aboutAccount;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getToolId() {
        return toolId;
    }

    public String getToolName() {
        return toolName;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
