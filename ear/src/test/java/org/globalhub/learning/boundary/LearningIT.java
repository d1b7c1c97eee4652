package org.globalhub.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.learning.boundary.LearningService.CheckResult;
import org.globalhub.learning.boundary.LearningService.ModuleView;
import org.globalhub.platform.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learning section in the real server: completing a lesson takes right answers; progress is per
 * agent.
 */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB LearningService learning;

    private static int completed(List<ModuleView> modules, String moduleId) {
        return modules.stream()
                .filter(m -> m.module().id().equals(moduleId))
                .findFirst()
                .orElseThrow()
                .completed();
    }

    @Test
    void aLessonIsCompletedOnlyWithAllAnswersRightAndOnlyForTheAgentWhoDidIt() {
        var lesson = As.curator(() -> learning.lesson("errors-1", "en")).lesson();
        List<Integer> right = lesson.checks().stream().map(c -> c.answer()).toList();
        List<Integer> oneWrong =
                Arrays.asList(
                        right.get(0) % lesson.checks().get(0).options().size() + 1, right.get(1));

        CheckResult wrong = As.curator(() -> learning.check("errors-1", oneWrong));
        assertEquals(List.of(false, true), wrong.correct());
        assertFalse(wrong.completed());
        assertEquals(0, completed(As.curator(() -> learning.modules("en")), "errors"));

        CheckResult done = As.curator(() -> learning.check("errors-1", right));
        assertTrue(done.completed());
        assertEquals(1, completed(As.curator(() -> learning.modules("en")), "errors"));
        assertTrue(As.curator(() -> learning.lesson("errors-1", "en")).completed());
        assertEquals(
                "errors-2", As.curator(() -> learning.lesson("errors-1", "en")).nextLessonId());
        assertEquals(
                0,
                completed(As.user("admin", () -> learning.modules("en")), "errors"),
                "progress is the agent's own");
        assertFalse(
                As.curator(() -> learning.check("errors-1", Arrays.asList(null, null)))
                        .correct()
                        .contains(true));
        assertTrue(
                As.curator(() -> learning.check("errors-1", null)).completed(),
                "a completed lesson stays completed");
    }

    @Test
    void toolsLinkTheModulesThatMatterAndTheLibraryFilters() {
        assertTrue(
                As.agent(() -> learning.modulesFor(Set.of("AGE_ESTIMATION"), "en")).stream()
                        .anyMatch(m -> m.id().equals("bias")));
        assertFalse(
                As.agent(() -> learning.modulesFor(Set.of("HASH_MATCHING"), "en")).stream()
                        .anyMatch(m -> m.id().equals("bias")));
        assertEquals(7, As.agent(() -> learning.modules("en")).size());
        var arabic = As.agent(() -> learning.lesson("bias-1", "ar"));
        assertEquals("ar", arabic.module().language(), "a lesson in the page's language");
        assertEquals("bias-2", arabic.nextLessonId());
        assertTrue(
                As.agent(() -> learning.modulesFor(Set.of("AGE_ESTIMATION"), "zh")).stream()
                        .allMatch(m -> m.language().equals("zh")));
        assertTrue(
                As.agent(() -> learning.resources("CHILDREN", null, "zh")).stream()
                        .allMatch(
                                r -> r.topic().equals("CHILDREN") && r.languages().contains("zh")));
        assertFalse(As.agent(() -> learning.resources(null, null, null)).isEmpty());
        assertThrows(
                NotFoundException.class, () -> As.agent(() -> learning.lesson("<script>", "en")));
        var trainings = As.agent(() -> learning.providerTrainings());
        assertFalse(trainings.isEmpty(), "the demo providers describe their training");
        assertTrue(
                trainings.stream()
                        .allMatch(t -> !t.training().isBlank() && !t.toolName().isBlank()));
    }
}
