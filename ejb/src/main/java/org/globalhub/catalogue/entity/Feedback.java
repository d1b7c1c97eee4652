package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/** An agent's rating (1-5) and comment on a tool, shown to others after moderation. */
@Entity
@Table(name = "feedback")
@NamedQuery(
        name = "Feedback.findPublishedByTool",
        query =
                "SELECT f FROM Feedback f WHERE f.tool.id = :toolId AND f.status = org.globalhub.catalogue.entity.FeedbackStatus.PUBLISHED ORDER BY f.createdAt DESC, f.id DESC")
public class Feedback {

    public static final int MAX_COMMENT = 2000;

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "feedback_seq")
    @TableGenerator(
            name = "feedback_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "FEEDBACK",
            allocationSize = 50)
    private Long id;

    @NotPersonal
    @ManyToOne(optional = false)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause = "feedback on a tool stays for other agents, without its author's name")
    @Column(nullable = false, length = 100)
    private String author;

    @NotPersonal("a rating of the tool, apart from its author")
    @Column(nullable = false)
    private int rating;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.KEPT_WITHOUT_AUTHOR,
            keptBecause =
                    "other agents keep the experience with the tool; the author becomes an alias")
    @Column(name = "comment_text", length = MAX_COMMENT)
    private String comment;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackStatus status = FeedbackStatus.PENDING;

    @NotPersonal
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause = "the moderation of feedback stays on record, without the curator's name")
    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @NotPersonal
    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @NotPersonal("the curator's reason for a moderation decision")
    @Column(name = "moderation_note", length = 500)
    private String moderationNote;

    @NotPersonal @Version private long version;

    protected Feedback() {}

    /** The author comes from the security context, never from a form. */
    public Feedback(Tool tool, String author, int rating, String comment, Instant createdAt) {
        if (rating < 1 || rating > 5) {
            throw new InvalidInputException("error.rating");
        }
        this.tool = Objects.requireNonNull(tool);
        this.author = Objects.requireNonNull(author);
        this.rating = rating;
        this.comment = Texts.clean(comment, "feedback.comment", false, MAX_COMMENT);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void publish(String curator, Instant now) {
        moderate(FeedbackStatus.PUBLISHED, curator, null, now);
    }

    public void reject(String curator, String note, Instant now) {
        moderate(
                FeedbackStatus.REJECTED,
                curator,
                Texts.clean(note, "feedback.note", true, 500),
                now);
    }

    private void moderate(FeedbackStatus next, String curator, String note, Instant now) {
        if (status != FeedbackStatus.PENDING) {
            throw new InvalidInputException("error.alreadyModerated");
        }
        this.status = next;
        this.moderatedBy = Objects.requireNonNull(curator);
        this.moderationNote = note;
        this.moderatedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Tool getTool() {
        return tool;
    }

    public String getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getModerationNote() {
        return moderationNote;
    }
}
