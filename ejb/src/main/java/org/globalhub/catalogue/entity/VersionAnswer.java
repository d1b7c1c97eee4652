package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/**
 * One answer of a version in one language. A free-text answer can be given in several of the six
 * languages, one of them its original; a choice answer is codes and has no language ({@link
 * #NO_LANGUAGE}). Part of its version (saved and removed with it); an entity rather than an
 * embeddable because EclipseLink 4 fails comparing embeddables of an element collection at commit
 * (eclipse-ee4j/eclipselink#1455).
 */
@NotPersonal
@Entity
@Table(name = "tool_version_answer")
public class VersionAnswer {

    /** ISO 639-2 "no linguistic content": the language of an answer made of option codes. */
    public static final String NO_LANGUAGE = "zxx";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "version_answer_seq")
    @TableGenerator(
            name = "version_answer_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "VERSION_ANSWER",
            allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_version_id")
    private ToolVersion version;

    @Column(name = "question_id", nullable = false, length = 60)
    private String questionId;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "question_version", nullable = false)
    private int questionVersion;

    @Column(name = "answer_text", nullable = false, length = Answer.MAX_LENGTH)
    private String text;

    @Column(name = "is_original", nullable = false)
    private boolean original;

    protected VersionAnswer() {}

    VersionAnswer(
            ToolVersion version,
            String questionId,
            String language,
            int questionVersion,
            String text,
            boolean original) {
        this.version = Objects.requireNonNull(version);
        this.questionId = Objects.requireNonNull(questionId);
        this.language = Objects.requireNonNull(language);
        this.questionVersion = questionVersion;
        this.text = Objects.requireNonNull(text);
        this.original = original;
    }

    VersionAnswer copyFor(ToolVersion other) {
        return new VersionAnswer(other, questionId, language, questionVersion, text, original);
    }

    /** Same question, language, text and wording answered: what makes two versions equal. */
    boolean sameAs(VersionAnswer other) {
        return questionId.equals(other.questionId)
                && language.equals(other.language)
                && text.equals(other.text)
                && original == other.original
                && questionVersion == other.questionVersion;
    }

    void rewrite(String newText, int answeredVersion) {
        this.text = Objects.requireNonNull(newText);
        this.questionVersion = answeredVersion;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getLanguage() {
        return language;
    }

    public int getQuestionVersion() {
        return questionVersion;
    }

    public String getText() {
        return text;
    }

    public boolean isOriginal() {
        return original;
    }
}
