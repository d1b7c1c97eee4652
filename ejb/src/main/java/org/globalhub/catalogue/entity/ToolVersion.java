package org.globalhub.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * One version of a tool's description and questionnaire answers. A published version is never
 * changed again: a change is a new version (a draft, submitted, then approved by a curator), so
 * agents can always see which answers held on which date and what changed between two versions.
 */
@Entity
@Table(name = "tool_version")
@NamedQuery(
        name = "ToolVersion.findByTool",
        query = "SELECT v FROM ToolVersion v WHERE v.tool.id = :toolId ORDER BY v.number DESC")
@NamedQuery(
        name = "ToolVersion.findInState",
        query =
                "SELECT v FROM ToolVersion v WHERE v.tool.id IN :toolIds AND v.state = :state"
                        + " ORDER BY v.number DESC")
@NamedQuery(
        name = "ToolVersion.findWaiting",
        query =
                "SELECT v FROM ToolVersion v JOIN FETCH v.tool WHERE v.state ="
                        + " org.globalhub.catalogue.entity.VersionState.SUBMITTED"
                        + " ORDER BY v.submittedAt, v.id")
@NamedQuery(
        name = "ToolVersion.findOpen",
        query =
                "SELECT v FROM ToolVersion v WHERE v.tool.id = :toolId AND v.state IN"
                        + " (org.globalhub.catalogue.entity.VersionState.DRAFT,"
                        + " org.globalhub.catalogue.entity.VersionState.SUBMITTED,"
                        + " org.globalhub.catalogue.entity.VersionState.RETURNED)")
@NamedQuery(
        name = "ToolVersion.findPublishedHistory",
        query =
                "SELECT v FROM ToolVersion v WHERE v.tool.id = :toolId AND v.state IN"
                        + " (org.globalhub.catalogue.entity.VersionState.PUBLISHED,"
                        + " org.globalhub.catalogue.entity.VersionState.SUPERSEDED)"
                        + " ORDER BY v.number DESC")
@NamedQuery(
        name = "ToolVersion.lastNumber",
        query = "SELECT MAX(v.number) FROM ToolVersion v WHERE v.tool.id = :toolId")
public class ToolVersion {

    public static final int MAX_NOTE = 2000;

    /** The languages answers may be written in: the Hub's six. */
    public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tool_version_seq")
    @TableGenerator(
            name = "tool_version_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "TOOL_VERSION",
            allocationSize = 50)
    private Long id;

    @NotPersonal
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    @NotPersonal
    @Column(name = "version_number", nullable = false)
    private int number;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionState state = VersionState.DRAFT;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionSource source;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "a tool's history says who wrote each version; an erased author is shown by alias")
    @Column(nullable = false, length = 254)
    private String author;

    /** The import run (its job execution) that wrote this version, for imported versions. */
    @NotPersonal
    @Column(name = "import_run")
    private Long importRun;

    @NotPersonal
    @Column(nullable = false, length = ToolDescription.MAX_NAME)
    private String name;

    @NotPersonal
    @Column(nullable = false, length = ToolDescription.MAX_SUMMARY)
    private String summary;

    @NotPersonal
    @Column(nullable = false, length = 500)
    private String purposes;

    @NotPersonal
    @Column(nullable = false, length = 200)
    private String technologies;

    @NotPersonal
    @Column(nullable = false, length = 200)
    private String phases;

    @NotPersonal
    @Column(name = "interface_languages", nullable = false, length = 500)
    private String interfaceLanguages;

    @NotPersonal
    @Column(name = "analysed_languages", nullable = false, length = 500)
    private String analysedLanguages;

    @NotPersonal("the provider's or curator's answers about a tool")
    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<VersionAnswer> answers = new ArrayList<>();

    /** A curator's comments on single answers (question id → comment) when sending it back. */
    @NotPersonal("curators' remarks on a tool's answers")
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "tool_version_comment",
            joinColumns = @JoinColumn(name = "tool_version_id"))
    @MapKeyColumn(name = "question_id", length = 60)
    @Column(name = "comment_text", length = MAX_NOTE)
    private Map<String, String> comments = new HashMap<>();

    @NotPersonal
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotPersonal
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @NotPersonal
    @Column(name = "decided_at")
    private Instant decidedAt;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause = "a tool's history says which curator decided; an erased one by alias")
    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    /** Why it was sent back or rejected: the provider reads it. */
    @NotPersonal("a curator's decision about a tool")
    @Column(name = "decision_note", length = MAX_NOTE)
    private String decisionNote;

    @NotPersonal
    @Column(name = "published_at")
    private Instant publishedAt;

    @NotPersonal @Version private long version;

    protected ToolVersion() {}

    private ToolVersion(
            Tool tool,
            int number,
            VersionSource source,
            String author,
            ToolDescription description,
            Instant now) {
        this.tool = Objects.requireNonNull(tool);
        this.number = number;
        this.source = Objects.requireNonNull(source);
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(now);
        store(description);
    }

    /** The first version of a tool: its description, no answers yet. */
    public static ToolVersion first(Tool tool, VersionSource source, String author, Instant now) {
        return new ToolVersion(tool, 1, source, author, ToolDescription.of(tool), now);
    }

    /** A new draft that starts as a copy of this version (its description and all its answers). */
    public ToolVersion nextDraft(int nextNumber, VersionSource by, String who, Instant now) {
        ToolVersion next = new ToolVersion(tool, nextNumber, by, who, description(), now);
        answers.forEach(a -> next.answers.add(a.copyFor(next)));
        return next;
    }

    /** A draft written by an import run. */
    public void writtenByRun(long run) {
        this.importRun = run;
    }

    // Editing: only the author's draft, or a version sent back to them.

    public void describe(ToolDescription description) {
        requireEditable();
        store(description);
    }

    private void store(ToolDescription description) {
        this.name = description.name();
        this.summary = description.summary();
        this.purposes = ToolDescription.join(description.purposes());
        this.technologies = ToolDescription.join(description.technologies());
        this.phases = ToolDescription.join(description.phases());
        this.interfaceLanguages = ToolDescription.join(description.interfaceLanguages());
        this.analysedLanguages = ToolDescription.join(description.analysedLanguages());
    }

    /**
     * Answers a question in a language. A choice answer has no language; a free-text answer written
     * first becomes the original and later ones in other languages its translations. Blank text
     * takes the answer in that language back (taking back the original takes back its translations
     * too).
     */
    public void answer(Question question, String language, String text) {
        requireEditable();
        boolean free = question.getAnswerType() == AnswerType.TEXT;
        String lang = free ? checkLanguage(language) : VersionAnswer.NO_LANGUAGE;
        String id = question.getId();
        if (text == null || text.isBlank()) {
            boolean original = inLanguage(id, lang).map(VersionAnswer::isOriginal).orElse(false);
            answers.removeIf(
                    a ->
                            a.getQuestionId().equals(id)
                                    && (original || a.getLanguage().equals(lang)));
            return;
        }
        String normal = question.normalise(text);
        Optional<VersionAnswer> existing = inLanguage(id, lang);
        if (existing.isPresent()) {
            // changed in place: the row keeps its key (version, question, language)
            existing.get().rewrite(normal, question.getVersion());
        } else {
            answers.add(
                    new VersionAnswer(
                            this,
                            id,
                            lang,
                            question.getVersion(),
                            normal,
                            answersTo(id).isEmpty()));
        }
    }

    /**
     * Answers a question in the language of its original (a choice answer has none), or in {@code
     * language} when it has no answer yet: how an import file, which says nothing of languages,
     * changes an answer.
     */
    public void answerOriginal(Question question, String language, String text) {
        String lang = original(question.getId()).map(VersionAnswer::getLanguage).orElse(language);
        answer(question, VersionAnswer.NO_LANGUAGE.equals(lang) ? language : lang, text);
    }

    private static String checkLanguage(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInputException("error.language", String.valueOf(language));
        }
        return language;
    }

    // The review: submit, then a curator sends back, rejects or publishes.

    /**
     * Sends the version to the curators.
     *
     * @throws InvalidInputException naming how many required questions have no answer
     */
    public void submit(List<Question> questions, Instant now) {
        requireEditable();
        List<String> missing = missingRequired(questions);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("error.version.missing", missing.size());
        }
        this.state = VersionState.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now);
    }

    public List<String> missingRequired(List<Question> questions) {
        return questions.stream()
                .filter(Question::isRequired)
                .map(Question::getId)
                .filter(id -> original(id).isEmpty())
                .toList();
    }

    /** Back to its author with comments on single answers and/or a general note. */
    public void sendBack(Map<String, String> answerComments, String note, String by, Instant now) {
        requireState(VersionState.SUBMITTED, "sendBack");
        Map<String, String> kept = new HashMap<>();
        answerComments.forEach(
                (question, comment) -> {
                    String clean = Texts.clean(comment, "version.comment", false, MAX_NOTE);
                    if (clean != null) {
                        kept.put(question, clean);
                    }
                });
        String cleanNote = Texts.clean(note, "version.note", kept.isEmpty(), MAX_NOTE);
        this.comments.clear();
        this.comments.putAll(kept);
        decide(VersionState.RETURNED, cleanNote, by, now);
    }

    public void reject(String reason, String by, Instant now) {
        requireState(VersionState.SUBMITTED, "reject");
        decide(
                VersionState.REJECTED,
                Texts.clean(reason, "version.reason", true, MAX_NOTE),
                by,
                now);
    }

    /** Makes a submitted version the one agents read; the caller supersedes the previous one. */
    public void publish(String by, Instant now) {
        requireState(VersionState.SUBMITTED, "approve");
        decide(VersionState.PUBLISHED, null, by, now);
        this.publishedAt = now;
    }

    /**
     * An import run's version is published as it is written (the run is the administrator's), and
     * so are the answers a tool had before versions existed.
     */
    public void publishAsWritten(Instant now) {
        requireState(VersionState.DRAFT, "import");
        if (source != VersionSource.IMPORT && source != VersionSource.EARLIER) {
            throw new InvalidInputException("error.lifecycle", "import", state);
        }
        decide(VersionState.PUBLISHED, null, author, now);
        this.publishedAt = now;
    }

    public void supersede() {
        requireState(VersionState.PUBLISHED, "supersede");
        this.state = VersionState.SUPERSEDED;
    }

    private void decide(VersionState next, String note, String by, Instant now) {
        this.state = next;
        this.decisionNote = note;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(now);
    }

    public boolean isEditable() {
        return state == VersionState.DRAFT || state == VersionState.RETURNED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new InvalidInputException("error.lifecycle", "edit", state);
        }
    }

    private void requireState(VersionState expected, String transition) {
        if (state != expected) {
            throw new InvalidInputException("error.lifecycle", transition, state);
        }
    }

    // Reading

    public ToolDescription description() {
        return new ToolDescription(
                name,
                summary,
                ToolDescription.enums(purposes, Purpose.class),
                ToolDescription.enums(technologies, Technology.class),
                ToolDescription.enums(phases, InvestigationPhase.class),
                ToolDescription.codes(interfaceLanguages),
                ToolDescription.codes(analysedLanguages));
    }

    /** Same description and the same answers in the same languages as the other version. */
    public boolean sameContentAs(ToolVersion other) {
        if (!description().equals(other.description()) || answers.size() != other.answers.size()) {
            return false;
        }
        return pairwiseSame(sorted(answers), sorted(other.answers));
    }

    private static boolean pairwiseSame(List<VersionAnswer> a, List<VersionAnswer> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<VersionAnswer> sorted(List<VersionAnswer> list) {
        return list.stream()
                .sorted(
                        Comparator.comparing(VersionAnswer::getQuestionId)
                                .thenComparing(VersionAnswer::getLanguage))
                .toList();
    }

    public Optional<VersionAnswer> original(String questionId) {
        return answers.stream()
                .filter(a -> a.getQuestionId().equals(questionId) && a.isOriginal())
                .findFirst();
    }

    public Optional<VersionAnswer> inLanguage(String questionId, String language) {
        return answers.stream()
                .filter(
                        a ->
                                a.getQuestionId().equals(questionId)
                                        && a.getLanguage().equals(language))
                .findFirst();
    }

    public List<VersionAnswer> answersTo(String questionId) {
        return answers.stream().filter(a -> a.getQuestionId().equals(questionId)).toList();
    }

    public List<VersionAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public Map<String, String> getComments() {
        return Collections.unmodifiableMap(comments);
    }

    public Long getId() {
        return id;
    }

    /** The tool's name as this version gives it. */
    public String getName() {
        return name;
    }

    public Tool getTool() {
        return tool;
    }

    public int getNumber() {
        return number;
    }

    public VersionState getState() {
        return state;
    }

    public VersionSource getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public Long getImportRun() {
        return importRun;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
