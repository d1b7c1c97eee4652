package org.globalhub.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.globalhub.catalogue.entity.Purpose;
import org.junit.jupiter.api.Test;

class LearningContentTest {

    private final LearningContent content = LearningContent.load();

    @Test
    void everyModuleHasLessonsAndEveryQuestionARightAnswerAmongItsOptions() {
        assertTrue(content.modules().size() >= 6, "at least six modules");
        Set<String> ids = new HashSet<>();
        for (LearningContent.Module module : content.modules()) {
            assertTrue(ids.add(module.id()), "unique module id " + module.id());
            assertFalse(module.lessons().isEmpty(), module.id());
            for (LearningContent.Lesson lesson : module.lessons()) {
                assertTrue(ids.add(lesson.id()), "unique lesson id " + lesson.id());
                assertTrue(
                        lesson.body().startsWith("<p>"), lesson.id() + " body is XHTML paragraphs");
                assertFalse(lesson.body().contains("<script"), lesson.id());
                assertFalse(lesson.checks().isEmpty(), lesson.id() + " has check questions");
                for (LearningContent.Check check : lesson.checks()) {
                    assertTrue(
                            check.answer() >= 1 && check.answer() <= check.options().size(),
                            lesson.id() + ": " + check.question());
                    assertFalse(check.question().isBlank());
                    assertFalse(check.why().isBlank());
                }
            }
            module.purposes().forEach(p -> Purpose.valueOf(p));
        }
    }

    @Test
    void aToolGetsTheModulesForAllToolsAndThoseAboutItsPurposes() {
        LearningContent.Module bias = content.module("bias").orElseThrow();
        assertTrue(bias.mattersFor(Set.of("AGE_ESTIMATION")));
        assertFalse(bias.mattersFor(Set.of("HASH_MATCHING")));
        assertTrue(content.module("errors").orElseThrow().mattersFor(Set.of("HASH_MATCHING")));
        assertEquals(7, content.resources().size());
    }
}
