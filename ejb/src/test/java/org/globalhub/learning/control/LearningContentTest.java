package org.globalhub.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void everyLanguageOfTheHubHasEveryModuleWithTheSameLessonsQuestionsAndAnswers() {
        for (String language : LearningContent.TRANSLATIONS) {
            var translated = content.modules(language);
            // load() already refused a translation of another shape; here: it is really translated
            for (int m = 0; m < translated.size(); m++) {
                LearningContent.Module original = content.modules().get(m);
                LearningContent.Module module = translated.get(m);
                assertEquals(language, module.language());
                assertFalse(
                        module.title().equals(original.title()),
                        language + " " + module.id() + " has its own title");
                for (int l = 0; l < module.lessons().size(); l++) {
                    LearningContent.Lesson lesson = module.lessons().get(l);
                    assertFalse(
                            lesson.body().equals(original.lessons().get(l).body()),
                            language + " " + lesson.id() + " is translated");
                    assertTrue(lesson.body().startsWith("<p>"), language + " " + lesson.id());
                    assertFalse(lesson.body().contains("<script"), language + " " + lesson.id());
                    lesson.checks()
                            .forEach(
                                    c -> {
                                        assertFalse(c.question().isBlank(), lesson.id());
                                        assertFalse(c.why().isBlank(), lesson.id());
                                        c.options().forEach(o -> assertFalse(o.isBlank()));
                                    });
                }
            }
        }
        assertEquals(content.modules(), content.modules("xx"), "unknown language: as written");
    }

    @Test
    void aTranslationOfAnotherShapeIsRefused() {
        var english = content.modules();
        var fewer = english.subList(0, english.size() - 1);
        assertThrows(
                IllegalStateException.class, () -> LearningContent.sameShape(english, fewer, "fr"));
        var module = english.get(0);
        var check = module.lessons().get(0).checks().get(0);
        var movedAnswer =
                new LearningContent.Module(
                        module.id(),
                        module.level(),
                        module.minutes(),
                        module.purposes(),
                        "fr",
                        module.title(),
                        module.summary(),
                        java.util.List.of(
                                new LearningContent.Lesson(
                                        module.lessons().get(0).id(),
                                        module.id(),
                                        "t",
                                        "<p>b</p>",
                                        java.util.List.of(
                                                new LearningContent.Check(
                                                        check.question(),
                                                        check.options(),
                                                        check.answer() % check.options().size() + 1,
                                                        check.why())))));
        assertThrows(
                IllegalStateException.class,
                () ->
                        LearningContent.sameShape(
                                english.subList(0, 1), java.util.List.of(movedAnswer), "fr"));
    }

    @Test
    void aToolGetsTheModulesForAllToolsAndThoseAboutItsPurposes() {
        LearningContent.Module bias = content.module("bias", "en").orElseThrow();
        assertTrue(bias.mattersFor(Set.of("AGE_ESTIMATION")));
        assertFalse(bias.mattersFor(Set.of("HASH_MATCHING")));
        assertTrue(
                content.module("errors", "en").orElseThrow().mattersFor(Set.of("HASH_MATCHING")));
        assertEquals(7, content.resources().size());
    }
}
