package org.globalhub.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.globalhub.identity.Roles;
import org.globalhub.learning.control.LearningContent;
import org.globalhub.learning.control.LearningContent.Lesson;
import org.globalhub.learning.control.LearningContent.LibraryItem;
import org.globalhub.learning.control.LearningContent.Module;
import org.globalhub.learning.entity.LessonProgress;
import org.globalhub.platform.NotFoundException;

/**
 * The learning section for agents: modules with the caller's progress, lessons, checking the
 * answers to a lesson's questions (all right: the lesson is completed), the modules that matter for
 * a tool, the library.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class LearningService {

    @Inject Clock clock;

    /** A module with how many of its lessons the caller completed. */
    public record ModuleView(Module module, int completed) {
        public boolean done() {
            return completed == module.lessons().size();
        }

        public boolean started() {
            return completed > 0;
        }
    }

    /**
     * A lesson with the caller's state and where to go next (null after the last lesson of its
     * module).
     */
    public record LessonView(
            Lesson lesson, Module module, boolean completed, String nextLessonId) {}

    /** Per question, whether the answer was right; and whether the lesson is (now) completed. */
    public record CheckResult(List<Boolean> correct, boolean completed) {}

    @PersistenceContext EntityManager em;

    @jakarta.annotation.Resource SessionContext context;

    /**
     * The modules in {@code language} (one of the Hub's; any other: as written, in English) with
     * the caller's progress.
     */
    public List<ModuleView> modules(String language) {
        Set<String> done = completedLessons();
        return LearningContent.get().modules(language).stream()
                .map(
                        m ->
                                new ModuleView(
                                        m,
                                        (int)
                                                m.lessons().stream()
                                                        .filter(l -> done.contains(l.id()))
                                                        .count()))
                .toList();
    }

    /** A lesson in {@code language} (as {@link #modules(String)}). */
    public LessonView lesson(String lessonId, String language) {
        Lesson lesson =
                LearningContent.get()
                        .lesson(lessonId == null ? "" : lessonId, language)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "learning.notFound", String.valueOf(lessonId)));
        Module module = LearningContent.get().module(lesson.moduleId(), language).orElseThrow();
        int at = module.lessons().indexOf(lesson);
        String next = at + 1 < module.lessons().size() ? module.lessons().get(at + 1).id() : null;
        return new LessonView(lesson, module, completedLessons().contains(lessonId), next);
    }

    /**
     * {@code answers}: the chosen option (1-based) per question, in order; null for a question left
     * open.
     */
    public CheckResult check(String lessonId, List<Integer> answers) {
        Lesson lesson = lesson(lessonId, LearningContent.ORIGINAL).lesson();
        List<Boolean> correct = new ArrayList<>();
        for (int i = 0; i < lesson.checks().size(); i++) {
            Integer given = answers != null && i < answers.size() ? answers.get(i) : null;
            correct.add(given != null && given == lesson.checks().get(i).answer());
        }
        boolean allRight = correct.stream().allMatch(Boolean::booleanValue);
        if (allRight
                && em.find(LessonProgress.class, new LessonProgress.Key(caller(), lessonId))
                        == null) {
            em.persist(new LessonProgress(caller(), lessonId, Instant.now(clock)));
        }
        return new CheckResult(correct, allRight || completedLessons().contains(lessonId));
    }

    /** The modules a tool's page recommends: those about its purposes, and those for every tool. */
    public List<Module> modulesFor(Set<String> purposes, String language) {
        return LearningContent.get().modules(language).stream()
                .filter(m -> m.mattersFor(purposes))
                .toList();
    }

    /** The library, filtered (null or blank: any) by topic, level and language. */
    public List<LibraryItem> resources(String topic, String level, String language) {
        return LearningContent.get().resources().stream()
                .filter(r -> blank(topic) || r.topic().equals(topic))
                .filter(r -> blank(level) || r.level().equals(level))
                .filter(r -> blank(language) || r.languages().contains(language))
                .toList();
    }

    /**
     * Training offered by providers for their published tools (their answer to "training"), by tool
     * name.
     */
    public List<ProviderTraining> providerTrainings() {
        return em
                .createQuery(
                        "SELECT t.id, t.name, a.text FROM Answer a JOIN a.tool t WHERE a.question.id = 'tech.training'"
                                + " AND t.status = org.globalhub.catalogue.entity.ToolStatus.PUBLISHED ORDER BY t.name",
                        Object[].class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(r -> new ProviderTraining((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /** A provider's training offer for one tool. */
    public record ProviderTraining(long toolId, String toolName, String training) {}

    private Set<String> completedLessons() {
        return em
                .createNamedQuery("LessonProgress.findByOwner", LessonProgress.class)
                .setParameter("me", caller())
                .getResultList()
                .stream()
                .map(LessonProgress::getLessonId)
                .collect(Collectors.toSet());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
