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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSearch;
import org.globalhub.catalogue.control.Pseudonyms;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.QuestionnaireKind;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.identity.Roles;

/** Reading the catalogue: searching it and showing one tool with its answers and feedback. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class CatalogueService {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Clock clock;

    public CataloguePage search(CatalogueQuery query, int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        CatalogueSearch search = new CatalogueSearch(em);
        long total = search.count(query);
        int start = first < 0 || first >= total ? 0 : first - first % pageSize;
        List<Tool> tools = search.page(query, start, pageSize);
        Map<Long, Object[]> ratings = ratingsOf(tools);
        List<CatalogueEntry> entries = new ArrayList<>(tools.size());
        for (Tool tool : tools) {
            Object[] rating = ratings.get(tool.getId());
            entries.add(
                    rating == null
                            ? new CatalogueEntry(tool, null, 0)
                            : new CatalogueEntry(
                                    tool,
                                    ((Number) rating[1]).doubleValue(),
                                    ((Number) rating[2]).longValue()));
        }
        return new CataloguePage(entries, total, start, pageSize);
    }

    private Map<Long, Object[]> ratingsOf(List<Tool> tools) {
        if (tools.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = tools.stream().map(Tool::getId).toList();
        return em
                .createNamedQuery("Feedback.ratingsOf", Object[].class)
                .setParameter("toolIds", ids)
                .getResultList()
                .stream()
                .collect(
                        Collectors.toMap(
                                row -> ((Number) row[0]).longValue(), Function.identity()));
    }

    /**
     * The tool page. Drafts exist only for curators; for agents, a suspended or removed tool shows
     * its notice without content.
     */
    public ToolProfile profile(long toolId) {
        Tool tool = ToolLookup.get(em, toolId);
        boolean curator =
                context.isCallerInRole(Roles.CURATOR)
                        || context.isCallerInRole(Roles.ADMINISTRATOR);
        if (tool.getStatus() == ToolStatus.DRAFT && !curator) {
            throw new ToolNotFoundException(toolId);
        }
        boolean contentVisible =
                tool.isListed() || (curator && tool.getStatus() != ToolStatus.REMOVED);
        if (!contentVisible) {
            return new ToolProfile(tool, false, List.of(), List.of(), List.of(), null, false);
        }
        Map<String, String> answers = new HashMap<>();
        for (Answer answer :
                em.createNamedQuery("Answer.findByTool", Answer.class)
                        .setParameter("toolId", toolId)
                        .getResultList()) {
            answers.put(answer.getQuestion().getId(), answer.getText());
        }
        List<Question> questions = questions();
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
                tool.isListed());
    }

    /**
     * Agents see a pseudonym per author and tool, curators the author; everyone sees their own as
     * theirs.
     */
    private List<ToolProfile.FeedbackView> feedbackAsSeenBy(
            List<Feedback> published, long toolId, boolean curator) {
        if (published.isEmpty()) {
            return List.of();
        }
        String me = context.getCallerPrincipal().getName();
        Pseudonyms pseudonyms = curator ? null : new Pseudonyms(em, Instant.now(clock));
        return published.stream()
                .map(
                        f ->
                                new ToolProfile.FeedbackView(
                                        f.getRating(),
                                        f.getComment(),
                                        curator
                                                ? f.getAuthor()
                                                : pseudonyms.of(f.getAuthor(), toolId),
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
            List<Question> questions, Map<String, String> answers, QuestionnaireKind kind) {
        Map<String, List<AnswerView>> bySection = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.getQuestionnaire() == kind) {
                bySection
                        .computeIfAbsent(question.getSection(), s -> new ArrayList<>())
                        .add(new AnswerView(question, answers.get(question.getId())));
            }
        }
        return bySection.entrySet().stream()
                .map(e -> new QuestionnaireSection(kind, e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
