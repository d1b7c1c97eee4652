package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.NotPersonal;

/**
 * One question of a questionnaire, as data: a stable id, its version (raised when its meaning
 * changes), its place and how it is answered. Its wording and help text are in the {@code
 * questions} resource bundles under {@code <id>.text} and {@code <id>.help}, in the six languages.
 */
@NotPersonal
@Entity
@Table(name = "question")
@NamedQuery(
        name = "Question.findAll",
        query = "SELECT q FROM Question q ORDER BY q.questionnaire, q.ordinal")
public class Question {

    private static final List<String> YES_NO = List.of("yes", "no", "partly");
    private static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    @Id
    @Column(length = 60)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionnaireKind questionnaire;

    @Column(nullable = false, length = 40)
    private String section;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false, length = 20)
    private AnswerType answerType;

    /** Option codes for choice questions, comma-separated. */
    @Column(length = 500)
    private String options;

    @Column(name = "question_version", nullable = false)
    private int version;

    /** A version cannot be submitted without an answer to a required question. */
    @Column(nullable = false)
    private boolean required;

    protected Question() {}

    public Question(
            String id,
            QuestionnaireKind questionnaire,
            String section,
            int ordinal,
            AnswerType answerType,
            String options,
            int version) {
        this(id, questionnaire, section, ordinal, answerType, options, version, false);
    }

    public Question(
            String id,
            QuestionnaireKind questionnaire,
            String section,
            int ordinal,
            AnswerType answerType,
            String options,
            int version,
            boolean required) {
        this.required = required;
        this.id = id;
        this.questionnaire = questionnaire;
        this.section = section;
        this.ordinal = ordinal;
        this.answerType = answerType;
        this.options = options;
        this.version = version;
    }

    /**
     * Checks an answer to this question and returns it in its stored form (trimmed, codes lower
     * case).
     *
     * @throws InvalidInputException when the answer does not fit the answer type
     */
    public String normalise(String answer) {
        String text = Texts.clean(answer, id, true, Answer.MAX_LENGTH);
        return switch (answerType) {
            case TEXT -> Texts.noFormula(text, id);
            case YES_NO -> oneOf(text, YES_NO);
            case SINGLE_CHOICE -> oneOf(text, getOptions());
            case MULTI_CHOICE ->
                    Arrays.stream(text.split(","))
                            .map(code -> oneOf(code, getOptions()))
                            .distinct()
                            .collect(Collectors.joining(","));
            case SCALE -> oneOf(text, SCALE);
        };
    }

    private String oneOf(String code, List<String> allowed) {
        String normal = code.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normal)) {
            throw new InvalidInputException("error.answer", id, code);
        }
        return normal;
    }

    public String getId() {
        return id;
    }

    public QuestionnaireKind getQuestionnaire() {
        return questionnaire;
    }

    public String getSection() {
        return section;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public int getVersion() {
        return version;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.split(","));
    }
}
