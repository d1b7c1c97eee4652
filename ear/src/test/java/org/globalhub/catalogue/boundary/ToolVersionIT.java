package org.globalhub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.MovableClock;
import org.globalhub.catalogue.control.VersionDiff;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.catalogue.entity.VersionState;
import org.globalhub.platform.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Versions of a tool's answers in the real server: drafts, review, publication, dates, "what
 * changed" and languages, as curators and agents meet them.
 */
@ExtendWith(ArquillianExtension.class)
class ToolVersionIT {

    /** Answers to every required question, so that a version can be submitted. */
    static final Map<String, String> REQUIRED =
            Map.ofEntries(
                    Map.entry("tech.intended-purpose", "Sorting seized images"),
                    Map.entry("tech.out-of-scope", "Live streams"),
                    Map.entry("tech.input-data", "images,videos"),
                    Map.entry("tech.deployment", "on-premises"),
                    Map.entry("tech.development-stage", "production"),
                    Map.entry("tech.availability", "law-enforcement-only"),
                    Map.entry("tech.limitations", "Low-resolution video"),
                    Map.entry("eth.lawful-training-data", "Licensed and synthetic data only"),
                    Map.entry("eth.human-oversight", "yes"),
                    Map.entry("eth.privacy-by-design", "Runs offline; no data leaves the agency"),
                    Map.entry(
                            "eth.redress", "Errors can be reported to the vendor's ombudsperson"));

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB CatalogueProbe probe;
    @EJB CatalogueService catalogue;
    @EJB ToolVersionService versions;
    @EJB ConfirmationService confirmations;
    @Inject MovableClock clock;

    private long publishedTool() {
        String name = "Versioned " + UUID.randomUUID().toString().substring(0, 8);
        return probe.createTool(name, UnRegion.AFRICA, Purpose.MEDIA_TRIAGE, true);
    }

    /** A curator's draft of the tool with the required answers, submitted. */
    private long submitted(long tool, Map<String, String> extra) {
        return As.curator(
                () -> {
                    ToolVersion draft = versions.openDraft(tool);
                    versions.saveDraft(draft.getId(), new DraftChanges(null, "en", REQUIRED));
                    versions.saveDraft(draft.getId(), new DraftChanges(null, "en", extra));
                    versions.submit(draft.getId());
                    return draft.getId();
                });
    }

    private static String answer(ToolProfile profile, String question) {
        return profile.technical().stream()
                .flatMap(s -> s.answers().stream())
                .filter(a -> a.question().getId().equals(question))
                .findFirst()
                .orElseThrow()
                .answer();
    }

    @Test
    void aSubmittedVersionWaitsForACuratorWhileAgentsReadThePublishedOne() {
        long tool = publishedTool();
        long first = submitted(tool, Map.of("tech.hardware", "One GPU"));
        As.curator(() -> versions.approve(first));
        ToolProfile v1 = As.agent(() -> catalogue.profile(tool));
        assertEquals("One GPU", answer(v1, "tech.hardware"));
        assertNotNull(v1.answersAsOf(), "answers as of the approval");

        long second = submitted(tool, Map.of("tech.hardware", "Two GPUs"));
        assertTrue(
                As.curator(() -> versions.waitingForReview()).stream()
                        .anyMatch(v -> v.getId() == second));
        assertEquals(
                "One GPU",
                answer(As.agent(() -> catalogue.profile(tool)), "tech.hardware"),
                "under review, agents still read the published answer");
        VersionComparison review = As.curator(() -> versions.review(second));
        assertEquals(
                new VersionDiff.Change(
                        "tech.hardware", VersionDiff.Kind.CHANGED, "One GPU", "Two GPUs"),
                review.diff().changeOf("tech.hardware"));
        assertEquals(1, review.diff().changes().size(), "only what changed is marked");
        BusinessException busy =
                assertThrows(
                        BusinessException.class, () -> As.curator(() -> versions.openDraft(tool)));
        assertEquals("error.version.underReview", busy.messageKey());

        As.curator(() -> versions.approve(second));
        ToolProfile v2 = As.agent(() -> catalogue.profile(tool));
        assertEquals("Two GPUs", answer(v2, "tech.hardware"));
        assertEquals(v1.answersVersion() + 1, v2.answersVersion());
        assertTrue(
                v2.technical().stream()
                        .flatMap(s -> s.answers().stream())
                        .filter(a -> a.question().getId().equals("tech.hardware"))
                        .allMatch(AnswerView::changed),
                "the changed answer is marked");
        assertFalse(
                v2.technical().stream()
                        .flatMap(s -> s.answers().stream())
                        .filter(a -> a.question().getId().equals("tech.intended-purpose"))
                        .anyMatch(AnswerView::changed));
        VersionComparison changes =
                As.agent(() -> catalogue.compare(tool, v1.answersVersion(), v2.answersVersion()));
        assertEquals(Set.of("tech.hardware"), changes.diff().changedKeys());
        assertEquals(
                VersionState.SUPERSEDED,
                As.curator(() -> versions.version(first)).getState(),
                "the earlier version is kept, unchanged");
        assertEquals(
                "One GPU",
                As.curator(() -> versions.version(first))
                        .original("tech.hardware")
                        .orElseThrow()
                        .getText());
    }

    @Test
    void aVersionSentBackCarriesTheCommentsAndARejectedOneChangesNothing() {
        long tool = publishedTool();
        long version = submitted(tool, Map.of("tech.support", "E-mail"));
        assertThrows(
                BusinessException.class,
                () -> As.curator(() -> versions.sendBack(version, Map.of(), null)),
                "sending back needs a comment or a note");
        As.curator(
                () ->
                        versions.sendBack(
                                version,
                                Map.of("tech.support", "Which hours? Which languages?"),
                                null));
        ToolVersion returned = As.curator(() -> versions.openDraft(tool));
        assertEquals(version, returned.getId(), "the author goes on with the same version");
        assertEquals(VersionState.RETURNED, returned.getState());
        assertEquals("Which hours? Which languages?", returned.getComments().get("tech.support"));
        As.curator(
                () ->
                        versions.saveDraft(
                                version,
                                new DraftChanges(
                                        null, "en", Map.of("tech.support", "E-mail, 8–18 UTC"))));
        As.curator(() -> versions.submit(version));
        As.curator(() -> versions.reject(version, "Support is not for law enforcement."));
        assertEquals(VersionState.REJECTED, As.curator(() -> versions.version(version)).getState());
        assertNull(answer(As.agent(() -> catalogue.profile(tool)), "tech.support"));
    }

    @Test
    void requiredAnswersAreNeededToSubmitAndARefusedAnswerLeavesTheDraftAsItWas() {
        long tool = publishedTool();
        long draft = As.curator(() -> versions.openDraft(tool)).getId();
        BusinessException missing =
                assertThrows(
                        BusinessException.class, () -> As.curator(() -> versions.submit(draft)));
        assertEquals("error.version.missing", missing.messageKey());
        assertEquals(11, missing.arguments().get(0));
        assertThrows(
                BusinessException.class,
                () ->
                        As.curator(
                                () ->
                                        versions.saveDraft(
                                                draft,
                                                new DraftChanges(
                                                        null,
                                                        "en",
                                                        Map.of(
                                                                "tech.hardware",
                                                                "One GPU",
                                                                "tech.cost-model",
                                                                "bitcoin")))));
        assertTrue(
                As.curator(() -> versions.version(draft)).original("tech.hardware").isEmpty(),
                "nothing saved half");
    }

    @Test
    void agentsReadAnswersInTheirLanguageWhereGivenElseTheOriginalLabelled() {
        long tool = publishedTool();
        long version = submitted(tool, Map.of());
        As.curator(() -> versions.approve(version));
        long translated =
                As.curator(
                        () -> {
                            ToolVersion draft = versions.openDraft(tool);
                            versions.saveDraft(
                                    draft.getId(),
                                    new DraftChanges(
                                            null,
                                            "fr",
                                            Map.of(
                                                    "tech.limitations",
                                                    "Vidéo en basse résolution")));
                            versions.submit(draft.getId());
                            return draft.getId();
                        });
        assertEquals(
                VersionDiff.Kind.TRANSLATED,
                As.curator(() -> versions.review(translated))
                        .diff()
                        .changeOf("tech.limitations")
                        .kind(),
                "a new translation is a change like any other");
        As.curator(() -> versions.approve(translated));
        AnswerView french =
                As.agent(() -> catalogue.profile(tool, "fr")).technical().stream()
                        .flatMap(s -> s.answers().stream())
                        .filter(a -> a.question().getId().equals("tech.limitations"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Vidéo en basse résolution", french.answer());
        assertEquals("fr", french.language());
        AnswerView spanish =
                As.agent(() -> catalogue.profile(tool, "es")).technical().stream()
                        .flatMap(s -> s.answers().stream())
                        .filter(a -> a.question().getId().equals("tech.limitations"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Low-resolution video", spanish.answer());
        assertEquals("en", spanish.language(), "the original, labelled with its language");
    }

    @Test
    void aToolACuratorFiledEntersTheCatalogueWhenItsFirstVersionIsApproved() {
        String name = "Found " + UUID.randomUUID().toString().substring(0, 8);
        long provider = As.curator(() -> versions.providers()).get(0).getId();
        long version =
                As.curator(
                        () ->
                                versions.createTool(
                                        provider,
                                        new ToolDescription(
                                                name,
                                                "Found while researching grooming detection.",
                                                Set.of(Purpose.GROOMING_TEXT_ANALYSIS),
                                                Set.of(),
                                                Set.of(),
                                                Set.of("en"),
                                                Set.of())));
        long tool = As.curator(() -> versions.version(version)).getTool().getId();
        assertThrows(BusinessException.class, () -> As.agent(() -> catalogue.profile(tool)));
        As.curator(() -> versions.saveDraft(version, new DraftChanges(null, "en", REQUIRED)));
        As.curator(() -> versions.submit(version));
        As.curator(() -> versions.approve(version));
        ToolProfile profile = As.agent(() -> catalogue.profile(tool));
        assertEquals(ToolStatus.PUBLISHED, profile.tool().getStatus());
        assertEquals(1, profile.answersVersion());
        assertEquals("Sorting seized images", answer(profile, "tech.intended-purpose"));
    }

    @Test
    void aToolWhoseYearlyConfirmationLapsedShowsItAndItsProviderWasRemindedOnce() {
        long tool = catalogueProbeMemberTool();
        long version = submitted(tool, Map.of());
        As.curator(() -> versions.approve(version));
        assertNull(As.agent(() -> catalogue.profile(tool)).notConfirmedSince(), "just published");

        clock.movedBy(
                Duration.ofDays(340),
                () -> {
                    assertTrue(As.user("admin", () -> confirmations.remindDue()) >= 1);
                    assertEquals(
                            0, (int) As.user("admin", () -> confirmations.remindDue()), "once");
                    return null;
                });
        ToolVersion published = As.curator(() -> versions.version(version));
        assertNotNull(
                published.getTool().getConfirmationRemindedAt(), "the reminder is remembered");

        clock.movedBy(
                Duration.ofDays(366),
                () -> {
                    ToolProfile lapsed = As.agent(() -> catalogue.profile(tool));
                    assertEquals(
                            published.getTool().getAnswersConfirmedAt(),
                            lapsed.notConfirmedSince(),
                            "not confirmed since the publication");
                    assertTrue(
                            As.curator(() -> confirmations.unconfirmed()).stream()
                                    .anyMatch(t -> t.getId() == tool),
                            "on the curators' list");
                    return null;
                });
        assertNull(
                As.agent(() -> catalogue.profile(tool)).notConfirmedSince(),
                "a matter of time, not of stored state");
    }

    @Test
    void aRejectedFirstVersionIsFollowedByANewOneWithItsAnswers() {
        long provider = As.curator(() -> versions.providers()).get(0).getId();
        long first =
                As.curator(
                        () ->
                                versions.createTool(
                                        provider,
                                        new ToolDescription(
                                                "Rejected "
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                                "A tool whose first answers were refused.",
                                                Set.of(Purpose.HASH_MATCHING),
                                                Set.of(),
                                                Set.of(),
                                                Set.of(),
                                                Set.of())));
        As.curator(() -> versions.saveDraft(first, new DraftChanges(null, "en", REQUIRED)));
        As.curator(() -> versions.submit(first));
        As.curator(() -> versions.reject(first, "Answers too vague."));
        long tool = As.curator(() -> versions.version(first)).getTool().getId();
        ToolVersion again = As.curator(() -> versions.openDraft(tool));
        assertEquals(2, again.getNumber());
        assertEquals(
                "Sorting seized images",
                again.original("tech.intended-purpose").orElseThrow().getText(),
                "it starts from the rejected answers");
    }

    private long catalogueProbeMemberTool() {
        return probe.memberTool("Yearly " + UUID.randomUUID().toString().substring(0, 8));
    }
}
