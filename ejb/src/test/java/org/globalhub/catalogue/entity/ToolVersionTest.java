package org.globalhub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ToolVersionTest {

    static final Question PURPOSE =
            new Question(
                    "t.purpose",
                    QuestionnaireKind.TECHNICAL,
                    "P",
                    1,
                    AnswerType.TEXT,
                    null,
                    1,
                    true);
    static final Question STAGE =
            new Question(
                    "t.stage",
                    QuestionnaireKind.TECHNICAL,
                    "P",
                    2,
                    AnswerType.SINGLE_CHOICE,
                    "pilot,production",
                    1,
                    false);
    static final List<Question> QUESTIONS = List.of(PURPOSE, STAGE);
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    static ToolVersion draft() {
        Provider provider =
                new Provider("P", ProviderType.COMPANY, "FR", UnRegion.WESTERN_EUROPE_OTHERS, null);
        Tool tool = new Tool("Tool", "A summary", provider, NOW);
        tool.label(Set.of(Purpose.MEDIA_TRIAGE), Set.of(), Set.of());
        return ToolVersion.first(tool, VersionSource.CURATOR, "curator@hub.example", NOW);
    }

    @Test
    void theFirstLanguageAnAnswerIsWrittenInIsItsOriginalAndOthersAreTranslations() {
        ToolVersion version = draft();
        version.answer(PURPOSE, "fr", "Trier les images saisies");
        version.answer(PURPOSE, "en", "Sorting seized images");
        assertEquals("fr", version.original("t.purpose").orElseThrow().getLanguage());
        assertFalse(version.inLanguage("t.purpose", "en").orElseThrow().isOriginal());
        version.answer(PURPOSE, "fr", "Trier les images saisies, vite");
        assertTrue(
                version.inLanguage("t.purpose", "fr").orElseThrow().isOriginal(),
                "rewriting keeps it original");
    }

    @Test
    void takingBackATranslationKeepsTheOriginalAndTakingBackTheOriginalTakesAll() {
        ToolVersion version = draft();
        version.answer(PURPOSE, "en", "Sorting");
        version.answer(PURPOSE, "es", "Clasificar");
        version.answer(PURPOSE, "es", " ");
        assertEquals(1, version.answersTo("t.purpose").size());
        version.answer(PURPOSE, "es", "Clasificar");
        version.answer(PURPOSE, "en", "");
        assertEquals(0, version.answersTo("t.purpose").size());
    }

    @Test
    void choiceAnswersHaveNoLanguageAndAreChecked() {
        ToolVersion version = draft();
        version.answer(STAGE, "fr", "Pilot");
        assertEquals(
                VersionAnswer.NO_LANGUAGE, version.original("t.stage").orElseThrow().getLanguage());
        assertEquals("pilot", version.original("t.stage").orElseThrow().getText());
        assertThrows(InvalidInputException.class, () -> version.answer(STAGE, null, "beta"));
        assertThrows(InvalidInputException.class, () -> version.answer(PURPOSE, "de", "Sortieren"));
    }

    @Test
    void aVersionWithoutItsRequiredAnswersCannotBeSubmitted() {
        ToolVersion version = draft();
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> version.submit(QUESTIONS, NOW));
        assertEquals("error.version.missing", refused.messageKey());
        assertEquals(List.of(1), refused.arguments());
        version.answer(PURPOSE, "en", "Sorting");
        version.submit(QUESTIONS, NOW);
        assertEquals(VersionState.SUBMITTED, version.getState());
        assertThrows(
                InvalidInputException.class,
                () -> version.answer(PURPOSE, "en", "Changed under review"));
    }

    @Test
    void sentBackItCanBeChangedAndSubmittedAgainThenPublishedOnceAndNeverEditedAgain() {
        ToolVersion version = draft();
        version.answer(PURPOSE, "en", "Sorting");
        version.submit(QUESTIONS, NOW);
        assertThrows(
                InvalidInputException.class,
                () -> version.sendBack(Map.of(), " ", "c@hub.example", NOW),
                "a note or a comment is needed");
        version.sendBack(Map.of("t.purpose", "Say which media."), null, "c@hub.example", NOW);
        assertEquals(VersionState.RETURNED, version.getState());
        assertEquals("Say which media.", version.getComments().get("t.purpose"));
        version.answer(PURPOSE, "en", "Sorting seized images and videos");
        version.submit(QUESTIONS, NOW);
        version.publish("c@hub.example", NOW);
        assertEquals(NOW, version.getPublishedAt());
        assertThrows(InvalidInputException.class, () -> version.answer(PURPOSE, "en", "Later"));
        assertThrows(
                InvalidInputException.class,
                () -> version.reject("Too late", "c@hub.example", NOW));
        version.supersede();
        assertEquals(VersionState.SUPERSEDED, version.getState());
    }

    @Test
    void aRejectionNeedsAReason() {
        ToolVersion version = draft();
        version.answer(PURPOSE, "en", "Sorting");
        version.submit(QUESTIONS, NOW);
        assertThrows(InvalidInputException.class, () -> version.reject("", "c@hub.example", NOW));
        version.reject("Not a tool for law enforcement.", "c@hub.example", NOW);
        assertEquals(VersionState.REJECTED, version.getState());
        assertEquals("Not a tool for law enforcement.", version.getDecisionNote());
    }

    @Test
    void aCopyHasTheSameContentUntilSomethingChanges() {
        ToolVersion first = draft();
        first.answer(PURPOSE, "en", "Sorting");
        first.answer(STAGE, null, "pilot");
        ToolVersion next = first.nextDraft(2, VersionSource.IMPORT, "admin@hub.example", NOW);
        assertTrue(next.sameContentAs(first));
        next.answer(STAGE, null, "pilot");
        assertTrue(next.sameContentAs(first), "the same answer again is no change");
        next.answer(PURPOSE, "ar", "الفرز");
        assertFalse(next.sameContentAs(first), "a translation is a change");
        ToolVersion relabelled = first.nextDraft(2, VersionSource.CURATOR, "c@hub.example", NOW);
        ToolDescription description = first.description();
        relabelled.describe(
                new ToolDescription(
                        description.name(),
                        description.summary(),
                        Set.of(Purpose.MEDIA_TRIAGE, Purpose.HASH_MATCHING),
                        description.technologies(),
                        description.phases(),
                        description.interfaceLanguages(),
                        description.analysedLanguages()));
        assertFalse(relabelled.sameContentAs(first));
    }

    @Test
    void theEditorRefusesFormulasLikeTheImport() {
        ToolVersion version = draft();
        InvalidInputException answer =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                version.answer(
                                        PURPOSE, "en", "=HYPERLINK(\"https://evil.example\")"));
        assertEquals("error.formula", answer.messageKey());
        InvalidInputException name =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new ToolDescription(
                                        "@Tool",
                                        "A summary",
                                        Set.of(Purpose.MEDIA_TRIAGE),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of()));
        assertEquals("error.formulaStart", name.messageKey());
        version.answer(PURPOSE, "en", "- sorts images\n- flags duplicates");
        assertTrue(version.original("t.purpose").isPresent(), "a list in free text is no formula");
    }
}
