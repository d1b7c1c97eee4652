package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/** A provider's answer to one question about one tool, with the question version it answered. */
@NotPersonal
@Entity
@Table(name = "answer")
@NamedQuery(name = "Answer.findByTool", query = "SELECT a FROM Answer a WHERE a.tool.id = :toolId")
public class Answer {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "answer_seq")
    @TableGenerator(
            name = "answer_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "ANSWER",
            allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "question_version", nullable = false)
    private int questionVersion;

    @Column(name = "answer_text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Answer() {}

    public Answer(Tool tool, Question question, String text, Instant answeredAt) {
        this.tool = Objects.requireNonNull(tool);
        this.question = Objects.requireNonNull(question);
        this.questionVersion = question.getVersion();
        this.text = question.normalise(text);
        this.answeredAt = Objects.requireNonNull(answeredAt);
    }

    /** A new answer to the same question; true when it differs from the stored one. */
    public boolean revise(String newText, Instant now) {
        String normal = question.normalise(newText);
        if (normal.equals(text) && questionVersion == question.getVersion()) {
            return false;
        }
        this.text = normal;
        this.questionVersion = question.getVersion();
        this.answeredAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Tool getTool() {
        return tool;
    }

    public Question getQuestion() {
        return question;
    }

    public int getQuestionVersion() {
        return questionVersion;
    }

    public String getText() {
        return text;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
