package org.globalhub.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.globalhub.catalogue.control.Pseudonyms;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.control.VersionDiff;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.QuestionnaireKind;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;
import org.globalhub.identity.Roles;
import org.globalhub.platform.SharedNames;

/** Reading the catalogue: searching it and showing one tool with its answers and feedback. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class CatalogueService {

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Clock clock;

    @Inject SharedNames sharedNames;

    /** The tool page in English; see {@link #profile(long, String)}. */
    public ToolProfile profile(long toolId) {
        return profile(toolId, "en");
    }

    /**
     * The tool page, with free-text answers in the reader's language where the provider gave one.
     * Drafts exist only for curators; for agents, a suspended or removed tool shows its notice
     * without content.
     */
    public ToolProfile profile(long toolId, String language) {
        Tool tool = ToolLookup.get(em, toolId);
        boolean curator = isCurator();
        if (tool.getStatus() == ToolStatus.DRAFT && !curator) {
            throw new ToolNotFoundException(toolId);
        }
        boolean contentVisible =
                tool.isListed() || (curator && tool.getStatus() != ToolStatus.REMOVED);
        if (!contentVisible) {
            return new ToolProfile(
                    tool, false, List.of(), List.of(), List.of(), null, false, null, 0, null);
        }
        List<ToolVersion> lastTwo =
                em.createNamedQuery("ToolVersion.findPublishedHistory", ToolVersion.class)
                        .setParameter("toolId", toolId)
                        .setMaxResults(2)
                        .getResultList();
        List<Question> questions = questions();
        Map<String, AnswerView> answers =
                lastTwo.isEmpty()
                        ? answersWithoutVersions(toolId)
                        : answersOf(
                                questions,
                                lastTwo.get(0),
                                lastTwo.size() > 1 ? lastTwo.get(1) : null,
                                language);
        List<Feedback> published =
                em.createNamedQuery("Feedback.findPublishedByTool", Feedback.class)
                        .setParameter("toolId", toolId)
                        .getResultList();
        Double average =
                published.isEmpty()
                        ? null
                        : published.stream().mapToInt(Feedback::getRating).average().orElse(0);
        List<ToolProfile.FeedbackView> feedback = feedbackAsSeenBy(published, toolId, curator);
        return new ToolProfile(
                tool,
                true,
                sections(questions, answers, QuestionnaireKind.TECHNICAL),
                sections(questions, answers, QuestionnaireKind.ETHICS),
                feedback,
                average,
                tool.isListed(),
                lastTwo.isEmpty() ? null : lastTwo.get(0).getPublishedAt(),
                lastTwo.isEmpty() ? 0 : lastTwo.get(0).getNumber(),
                tool.isUnconfirmedAt(Instant.now(clock)) ? tool.getAnswersConfirmedAt() : null);
    }

    private static Map<String, AnswerView> answersOf(
            List<Question> questions, ToolVersion current, ToolVersion previous, String language) {
        Set<String> changed =
                previous == null ? Set.of() : VersionDiff.between(previous, current).changedKeys();
        Map<String, AnswerView> views = new HashMap<>();
        for (Question question : questions) {
            String id = question.getId();
            current.inLanguage(id, language)
                    .or(() -> current.original(id))
                    .ifPresent(
                            a ->
                                    views.put(
                                            id,
                                            new AnswerView(
                                                    question,
                                                    a.getText(),
                                                    VersionAnswer.NO_LANGUAGE.equals(
                                                                    a.getLanguage())
                                                            ? null
                                                            : a.getLanguage(),
                                                    changed.contains(id),
                                                    a.getQuestionVersion()
                                                            < question.getVersion())));
        }
        return views;
    }

    /** Tools made before versions existed (and not yet given one) read the answer table. */
    private Map<String, AnswerView> answersWithoutVersions(long toolId) {
        Map<String, AnswerView> views = new HashMap<>();
        for (Answer answer :
                em.createNamedQuery("Answer.findByTool", Answer.class)
                        .setParameter("toolId", toolId)
                        .getResultList()) {
            views.put(
                    answer.getQuestion().getId(),
                    new AnswerView(answer.getQuestion(), answer.getText()));
        }
        return views;
    }

    /** The versions agents have read, newest first: what "what changed" chooses from. */
    public List<ToolVersion> publishedVersions(long toolId) {
        visibleContent(toolId);
        return em.createNamedQuery("ToolVersion.findPublishedHistory", ToolVersion.class)
                .setParameter("toolId", toolId)
                .getResultList();
    }

    /**
     * What changed between two published versions of a tool (by number, either order).
     *
     * @throws VersionNotFoundException when one of them is not a published version of the tool
     */
    public VersionComparison compare(long toolId, int from, int to) {
        List<ToolVersion> versions = publishedVersions(toolId);
        ToolVersion older = numbered(versions, Math.min(from, to), toolId);
        ToolVersion newer = numbered(versions, Math.max(from, to), toolId);
        older.getAnswers().size();
        newer.getAnswers().size();
        return VersionComparison.of(older == newer ? null : older, newer);
    }

    private static ToolVersion numbered(List<ToolVersion> versions, int number, long toolId) {
        return versions.stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new VersionNotFoundException(toolId + "/" + number));
    }

    /** A tool whose content the caller may read: listed ones; for curators, any not removed. */
    private Tool visibleContent(long toolId) {
        Tool tool = ToolLookup.get(em, toolId);
        boolean visible =
                tool.isListed() || (isCurator() && tool.getStatus() != ToolStatus.REMOVED);
        if (!visible) {
            throw new ToolNotFoundException(toolId);
        }
        return tool;
    }

    private boolean isCurator() {
        return context.isCallerInRole(Roles.CURATOR) || context.isCallerInRole(Roles.ADMINISTRATOR);
    }

    /**
     * Agents see the name an author shares in the directory, else a pseudonym per author and tool;
     * curators see the author; everyone sees their own as theirs.
     */
    private List<ToolProfile.FeedbackView> feedbackAsSeenBy(
            List<Feedback> published, long toolId, boolean curator) {
        if (published.isEmpty()) {
            return List.of();
        }
        String me = context.getCallerPrincipal().getName();
        Pseudonyms pseudonyms = curator ? null : new Pseudonyms(em, Instant.now(clock));
        Map<String, String> shared =
                curator
                        ? Map.of()
                        : sharedNames.sharedBy(
                                published.stream().map(Feedback::getAuthor).toList());
        return published.stream()
                .map(
                        f ->
                                new ToolProfile.FeedbackView(
                                        f.getRating(),
                                        f.getComment(),
                                        curator
                                                ? f.getAuthor()
                                                : shared.getOrDefault(
                                                        f.getAuthor(),
                                                        pseudonyms.of(f.getAuthor(), toolId)),
                                        f.getAuthor().equals(me),
                                        f.getCreatedAt()))
                .toList();
    }

    public Optional<Tool> findTool(long toolId) {
        return Optional.ofNullable(em.find(Tool.class, toolId));
    }

    /** Both questionnaires, in order. */
    public List<Question> questions() {
        return em.createNamedQuery("Question.findAll", Question.class).getResultList();
    }

    private static List<QuestionnaireSection> sections(
            List<Question> questions, Map<String, AnswerView> answers, QuestionnaireKind kind) {
        Map<String, List<AnswerView>> bySection = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.getQuestionnaire() == kind) {
                bySection
                        .computeIfAbsent(question.getSection(), s -> new ArrayList<>())
                        .add(
                                answers.getOrDefault(
                                        question.getId(), new AnswerView(question, null)));
            }
        }
        return bySection.entrySet().stream()
                .map(e -> new QuestionnaireSection(kind, e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
