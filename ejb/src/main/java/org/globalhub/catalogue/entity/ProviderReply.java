package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

/**
 * A provider's reply to a curators' decision on its tool (its right of reply: once per decision),
 * and the curators' answer to it: the decision stands, or is reversed.
 */
@Entity
@Table(name = "provider_reply")
@NamedQuery(
        name = "ProviderReply.findPending",
        query =
                "SELECT r FROM ProviderReply r JOIN FETCH r.tool WHERE r.outcome ="
                        + " org.globalhub.catalogue.entity.ProviderReply.Outcome.PENDING ORDER BY"
                        + " r.writtenAt, r.id")
@NamedQuery(
        name = "ProviderReply.findByTool",
        query = "SELECT r FROM ProviderReply r WHERE r.tool.id = :toolId ORDER BY r.writtenAt DESC")
public class ProviderReply {

    public static final int MAX_TEXT = 4000;

    /** The decision replied to. */
    public enum Decision {
        SUSPENSION,
        REMOVAL
    }

    /** The curators' answer to the reply. */
    public enum Outcome {
        PENDING,
        DECISION_STANDS,
        DECISION_REVERSED
    }

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "provider_reply_seq")
    @TableGenerator(
            name = "provider_reply_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "PROVIDER_REPLY",
            allocationSize = 10)
    private Long id;

    @NotPersonal
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @NotPersonal
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @NotPersonal("the public reason of a curators' decision")
    @Column(name = "decision_note", length = Tool.MAX_REASON)
    private String decisionNote;

    @NotPersonal("a provider organisation's statement about its tool")
    @Column(name = "reply_text", nullable = false, length = MAX_TEXT)
    private String text;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "a tool's history keeps its provider's replies; an erased author by alias")
    @Column(nullable = false, length = 254)
    private String author;

    @NotPersonal
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome = Outcome.PENDING;

    @NotPersonal("a curators' decision about a tool")
    @Column(name = "curator_note", length = 2000)
    private String curatorNote;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause = "a tool's history says which curator decided; an erased one by alias")
    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @NotPersonal
    @Column(name = "answered_at")
    private Instant answeredAt;

    @NotPersonal @Version private long version;

    protected ProviderReply() {}

    /**
     * A reply to the tool's current suspension or removal.
     *
     * @throws InvalidInputException when the tool is neither suspended nor removed
     */
    public ProviderReply(Tool tool, String text, String author, Instant now) {
        this.tool = Objects.requireNonNull(tool);
        this.decision =
                switch (tool.getStatus()) {
                    case SUSPENDED -> Decision.SUSPENSION;
                    case REMOVED -> Decision.REMOVAL;
                    default -> throw new InvalidInputException("error.reply.nothing");
                };
        this.decidedAt = tool.getStatusChangedAt();
        this.decisionNote = tool.getStatusReason();
        this.text = Texts.clean(text, "reply.text", true, MAX_TEXT);
        this.author = Objects.requireNonNull(author);
        this.writtenAt = Objects.requireNonNull(now);
    }

    /**
     * The curators' answer. A reversed suspension puts the tool back; a removal is for good, so
     * only a suspension can be reversed.
     */
    public void answer(boolean reverse, String note, String curator, Instant now) {
        if (outcome != Outcome.PENDING) {
            throw new InvalidInputException("error.lifecycle", "answer", outcome);
        }
        if (reverse && decision == Decision.REMOVAL) {
            throw new InvalidInputException("error.reply.removalIsFinal");
        }
        if (reverse
                && (tool.getStatus() != ToolStatus.SUSPENDED
                        || !decidedAt.equals(tool.getStatusChangedAt()))) {
            // the tool was reinstated (and maybe suspended again) since: that is another decision
            throw new InvalidInputException("error.lifecycle", "reverse", tool.getStatus());
        }
        this.curatorNote = Texts.clean(note, "reply.curatorNote", true, 2000);
        this.outcome = reverse ? Outcome.DECISION_REVERSED : Outcome.DECISION_STANDS;
        this.answeredBy = Objects.requireNonNull(curator);
        this.answeredAt = Objects.requireNonNull(now);
        if (reverse) {
            tool.reinstate(now);
        }
    }

    public Long getId() {
        return id;
    }

    public Tool getTool() {
        return tool;
    }

    public Decision getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getCuratorNote() {
        return curatorNote;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
