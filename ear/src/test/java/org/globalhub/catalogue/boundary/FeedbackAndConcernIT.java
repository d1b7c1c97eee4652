package org.globalhub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSort;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernDecision;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.network.boundary.DirectoryForm;
import org.globalhub.network.boundary.DirectoryService;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feedback moderation and the concern queue in the real server, with the callers' identities. */
@ExtendWith(ArquillianExtension.class)
class FeedbackAndConcernIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB CatalogueProbe probe;
    @EJB CatalogueService catalogue;
    @EJB org.globalhub.selection.boundary.SelectionService selection;
    @EJB FeedbackService feedback;
    @EJB ConcernService concerns;
    @EJB DirectoryService directory;
    @EJB org.globalhub.identity.boundary.IdentityProbe identity;

    private long publishedTool() {
        return probe.createTool(
                "fc" + UUID.randomUUID().toString().substring(0, 8),
                UnRegion.AFRICA,
                Purpose.MEDIA_TRIAGE,
                true);
    }

    @Test
    void feedbackIsStoredVerbatimUnderTheCallersNameAndShownOnlyAfterPublication() {
        long tool = publishedTool();
        String script = "<script>alert('x')</script> & \"quotes\"";
        Feedback given = As.agent(() -> feedback.submit(tool, 4, script));
        assertEquals("agent", given.getAuthor(), "the author is the logged-in agent");
        assertEquals(
                0,
                As.agent(() -> catalogue.profile(tool)).feedback().size(),
                "pending feedback is not shown");

        InvalidInputException twice =
                assertThrows(
                        InvalidInputException.class,
                        () -> As.agent(() -> feedback.submit(tool, 5, "again")));
        assertEquals("error.feedbackExists", twice.messageKey());
        assertThrows(
                EJBAccessException.class,
                () -> As.agent(() -> feedback.publish(given.getId())),
                "agents cannot moderate");

        As.curator(() -> feedback.publish(given.getId()));
        ToolProfile profile = As.agent(() -> catalogue.profile(tool));
        assertEquals(
                script,
                profile.feedback().get(0).comment(),
                "stored as written; the page escapes it");
        assertEquals(4.0, profile.averageRating());
    }

    @Test
    void badFeedbackIsRefusedWithAClearMessageAndNothingStored() {
        long tool = publishedTool();
        InvalidInputException tooLong =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                As.agent(
                                        () ->
                                                feedback.submit(
                                                        tool,
                                                        3,
                                                        "x".repeat(Feedback.MAX_COMMENT + 1))));
        assertEquals("error.tooLong", tooLong.messageKey());
        assertThrows(
                InvalidInputException.class, () -> As.agent(() -> feedback.submit(tool, 9, "ok")));
        assertThrows(
                ToolNotFoundException.class,
                () -> As.agent(() -> feedback.submit(Long.MAX_VALUE, 3, "ok")));
        As.agent(() -> feedback.submit(tool, 3, "now fine"));
        assertEquals(
                1,
                As.curator(() -> feedback.pending(null, 1)).items().stream()
                        .filter(f -> f.getTool().getId() == tool)
                        .count());
    }

    @Test
    void concernDecisionsApplyToTheToolAndAreRecorded() {
        long tool = publishedTool();
        String name = As.agent(() -> catalogue.profile(tool)).tool().getName();
        Concern concern =
                As.agent(
                        () ->
                                concerns.report(
                                        tool,
                                        ConcernReason.LEGAL,
                                        "Sold to private buyers",
                                        "https://example.org/report"));
        assertEquals("agent", concern.getReporter());
        assertTrue(
                As.curator(() -> concerns.open(null, 1)).items().stream()
                        .anyMatch(c -> c.getId().equals(concern.getId())));
        assertThrows(
                EJBAccessException.class,
                () -> As.agent(() -> concerns.open(null, 1)),
                "only curators see concerns");
        var found = As.curator(() -> concerns.open(name, 1));
        assertTrue(
                found.items().stream().allMatch(c -> c.getTool().getName().equals(name))
                        && found.total() >= 1,
                "the queue searched by the tool's name, paged in the database");
        assertEquals(0, As.curator(() -> concerns.open("no such text " + name, 1)).total());
        assertEquals(
                1,
                As.curator(() -> feedback.pending("no such text", 1)).pageCount(),
                "an empty search result is one empty page");

        InvalidInputException noReason =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                As.curator(
                                        () ->
                                                concerns.decide(
                                                        concern.getId(),
                                                        ConcernDecision.TOOL_SUSPENDED,
                                                        " ")));
        assertEquals("error.required", noReason.messageKey());

        As.curator(
                () ->
                        concerns.decide(
                                concern.getId(),
                                ConcernDecision.TOOL_SUSPENDED,
                                "Checking with the provider"));
        ToolProfile suspended = As.agent(() -> catalogue.profile(tool));
        assertEquals(ToolStatus.SUSPENDED, suspended.tool().getStatus());
        assertEquals(
                false,
                suspended.contentVisible(),
                "agents see only the notice of a suspended tool");
        CatalogueQuery query =
                new CatalogueQuery(name, null, null, null, null, null, CatalogueSort.NAME, 1);
        assertEquals(0, As.agent(() -> selection.browse(query, 0, 10)).total());
        assertThrows(
                ToolNotFoundException.class,
                () -> As.agent(() -> concerns.report(tool, ConcernReason.OTHER, "more", null)),
                "no reports on unlisted tools");
    }

    @Test
    void agentsSeeAPseudonymStableOnOneToolOnlyCuratorsSeeTheAuthorAndTheAuthorSeesTheirOwn() {
        long first = publishedTool();
        long second = publishedTool();
        for (long tool : List.of(first, second)) {
            Feedback given = As.agent(() -> feedback.submit(tool, 5, "Useful for triage"));
            As.curator(() -> feedback.publish(given.getId()));
        }
        String colleague = "alice@police.example";
        String onFirst =
                As.user(colleague, () -> catalogue.profile(first)).feedback().get(0).author();
        String onSecond =
                As.user(colleague, () -> catalogue.profile(second)).feedback().get(0).author();
        assertTrue(onFirst.matches("Agent [0-9a-f]{6}"), onFirst);
        assertFalse(
                onFirst.contains("agent@") || onFirst.equals("agent"),
                "never the author's login or e-mail");
        assertEquals(
                onFirst,
                As.user(colleague, () -> catalogue.profile(first)).feedback().get(0).author(),
                "stable on one tool");
        assertNotEquals(onFirst, onSecond, "not linkable across tools");
        assertFalse(As.user(colleague, () -> catalogue.profile(first)).feedback().get(0).mine());
        assertEquals(
                "agent",
                As.curator(() -> catalogue.profile(first)).feedback().get(0).author(),
                "curators see who wrote it");
        assertTrue(
                As.agent(() -> catalogue.profile(first)).feedback().get(0).mine(),
                "the author sees their own as theirs");
    }

    @Test
    void agentsSeeTheNameAnAuthorSharesInTheDirectoryAndThePseudonymOnceTheyStopSharing() {
        // A test user of the server's realm (As.user), with an account of the same address.
        String author = "sharer@police.example";
        String name =
                identity.account(identity.activeWithRoles(author)).getApplicant().getFullName();
        long tool = publishedTool();
        Feedback given = As.user(author, () -> feedback.submit(tool, 4, "Good on phones"));
        As.curator(() -> feedback.publish(given.getId()));
        As.user(
                author,
                () -> {
                    directory.saveMyEntry(sharing(true));
                    return null;
                });
        String shown =
                As.user("alice@police.example", () -> catalogue.profile(tool))
                        .feedback()
                        .get(0)
                        .author();
        assertEquals(name, shown);
        As.user(
                author,
                () -> {
                    directory.saveMyEntry(sharing(false));
                    return null;
                });
        assertTrue(
                As.user("alice@police.example", () -> catalogue.profile(tool))
                        .feedback()
                        .get(0)
                        .author()
                        .matches("Agent [0-9a-f]{6}"),
                "listed without the name: the pseudonym again");
    }

    private static DirectoryForm sharing(boolean name) {
        return new DirectoryForm(
                true, name, true, false, false, false, false, false, null, null, null);
    }
}
