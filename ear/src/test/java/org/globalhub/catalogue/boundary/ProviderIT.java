package org.globalhub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.OutboxProbe;
import org.globalhub.catalogue.entity.ConcernDecision;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.ProviderMembership;
import org.globalhub.catalogue.entity.ProviderReply;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.catalogue.entity.VersionSource;
import org.globalhub.identity.boundary.IdentityProbe;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Providers as members in the real server: an organisation applies, a curator admits it, its person
 * writes and submits a tool that a curator publishes; and a provider reaches nothing of another
 * provider's. The two people are test users of the server's realm (provider-a@lab.example,
 * provider-b@lab.example) whose accounts each test makes by applying.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB ProviderMembershipService membership;
    @EJB ToolVersionService versions;
    @EJB CatalogueService catalogue;
    @EJB CatalogueProbe catalogueProbe;
    @EJB IdentityProbe identity;
    @EJB OutboxProbe outbox;
    @EJB ConcernService concerns;
    @EJB ToolCurationService curation;

    /** Applies for the organisation with this contact, confirms the address, admits it. */
    private void admitted(String email, String organisation) {
        String domain = email.substring(email.indexOf('@') + 1);
        membership.apply(
                new ProviderApplication(
                        organisation,
                        "https://www." + domain,
                        "KE",
                        UnRegion.AFRICA,
                        ProviderType.COMPANY,
                        "Wanjiru Kamau",
                        "Head of trust and safety",
                        email,
                        "+254 20 000 000",
                        "Age estimation for seized images",
                        IdentityProbe.PASSWORD,
                        IdentityProbe.PASSWORD,
                        true,
                        true,
                        "fr",
                        null));
        identity.confirmAddress(email);
        ProviderCase application =
                As.curator(() -> membership.applications()).stream()
                        .filter(c -> c.account().getEmail().equals(email))
                        .findFirst()
                        .orElseThrow();
        assertTrue(application.domainMatchesWebsite(), "a hint for the curator");
        assertEquals(ProviderMembership.APPLIED, application.provider().getMembership());
        As.curator(() -> membership.admit(identity.idOf(email), null));
    }

    @Test
    void aProviderAppliesIsAdmittedAndItsNewToolIsPublishedByACurator() {
        String email = "provider-a@lab.example";
        String organisation = "Lab A " + UUID.randomUUID().toString().substring(0, 6);
        admitted(email, organisation);
        assertEquals(AccountStatus.ACTIVE, identity.statusOf(email));
        assertEquals(Set.of("provider"), identity.rolesOf(identity.idOf(email)));
        assertTrue(outbox.mailKindsTo(email).contains("approved"));
        assertEquals(organisation, As.user(email, () -> membership.myProvider()).getName());
        assertTrue(As.user(email, () -> membership.termsAccepted()), "accepted when applying");

        String name = "Lab A estimator " + UUID.randomUUID().toString().substring(0, 6);
        long versionId =
                As.user(
                        email,
                        () ->
                                versions.createOwnTool(
                                        new ToolDescription(
                                                name,
                                                "Estimates age in seized images.",
                                                Set.of(Purpose.AGE_ESTIMATION),
                                                Set.of(),
                                                Set.of(),
                                                Set.of("en", "fr"),
                                                Set.of())));
        As.user(
                email,
                () ->
                        versions.saveDraft(
                                versionId, new DraftChanges(null, "fr", ToolVersionIT.REQUIRED)));
        As.user(
                email,
                () -> {
                    versions.submit(versionId);
                    return null;
                });
        ToolVersion submitted = As.curator(() -> versions.version(versionId));
        assertEquals(VersionSource.PROVIDER, submitted.getSource());
        assertEquals(email, submitted.getAuthor());
        long tool = submitted.getTool().getId();
        assertThrows(
                BusinessException.class,
                () -> As.agent(() -> catalogue.profile(tool)),
                "not in the catalogue before a curator approves it");
        assertTrue(
                As.user(email, () -> membership.myTools()).stream()
                        .anyMatch(t -> t.tool().getId() == tool && t.open() != null));

        As.curator(() -> versions.approve(versionId));
        assertEquals(
                ToolStatus.PUBLISHED, As.agent(() -> catalogue.profile(tool)).tool().getStatus());
        assertTrue(
                outbox.mailKindsTo(email).contains("versionPublished"),
                "the provider hears of the decision");
        int was = catalogueProbe.raiseQuestionVersion("tech.intended-purpose", 2);
        try {
            assertEquals(
                    1,
                    As.user(email, () -> membership.myTools()).stream()
                            .filter(t -> t.tool().getId() == tool)
                            .findFirst()
                            .orElseThrow()
                            .earlierWording(),
                    "a changed question asks its providers for a new answer");
            assertTrue(
                    As.agent(() -> catalogue.profile(tool)).technical().stream()
                            .flatMap(s -> s.answers().stream())
                            .filter(a -> a.question().getId().equals("tech.intended-purpose"))
                            .allMatch(AnswerView::earlierWording),
                    "agents see the answer was given to an earlier wording");
        } finally {
            catalogueProbe.raiseQuestionVersion("tech.intended-purpose", was);
        }
        java.time.Instant published =
                As.curator(() -> versions.version(versionId)).getTool().getAnswersConfirmedAt();
        As.user(
                email,
                () -> {
                    membership.confirmAnswers(tool);
                    return null;
                });
        assertFalse(
                As.curator(() -> versions.version(versionId))
                        .getTool()
                        .getAnswersConfirmedAt()
                        .isBefore(published),
                "the yearly confirmation");

        String reporter = "alice@police.example";
        identity.activeWithRoles(reporter);
        long concern =
                As.user(
                                reporter,
                                () ->
                                        concerns.report(
                                                tool,
                                                ConcernReason.ETHICAL,
                                                "Sold outside law enforcement.",
                                                null))
                        .getId();
        As.curator(
                () ->
                        concerns.decide(
                                concern,
                                ConcernDecision.TOOL_SUSPENDED,
                                "Suspended while we check a report of sales outside law enforcement."));
        assertTrue(
                outbox.mailKindsTo(email).contains("providerToolSuspended"),
                "the provider is told");
        assertTrue(
                outbox.mailKindsTo(reporter).contains("concernToolSuspended"),
                "the reporter learns the outcome");

        As.user(
                email,
                () -> {
                    membership.reply(
                            tool, "We sell to law-enforcement agencies only; see our contracts.");
                    return null;
                });
        BusinessException twice =
                assertThrows(
                        BusinessException.class,
                        () ->
                                As.user(
                                        email,
                                        () -> {
                                            membership.reply(tool, "And once more.");
                                            return null;
                                        }));
        assertEquals("error.reply.once", twice.messageKey(), "one reply per decision");
        ProviderReply reply =
                As.curator(() -> curation.pendingReplies()).stream()
                        .filter(r -> r.getTool().getId() == tool)
                        .findFirst()
                        .orElseThrow();
        As.curator(() -> curation.answerReply(reply.getId(), true, "The contracts settle it."));
        assertEquals(
                ToolStatus.PUBLISHED, As.agent(() -> catalogue.profile(tool)).tool().getStatus());
        assertTrue(outbox.mailKindsTo(email).contains("replyDecisionReversed"), "told the outcome");
        assertTrue(
                As.user(email, () -> membership.myTools()).stream()
                        .filter(t -> t.tool().getId() == tool)
                        .allMatch(t -> !t.isReplyOpen()),
                "the tool is back: nothing to reply to");
    }

    @Test
    void aProviderReachesNothingOfAnotherProvidersTools() {
        String email = "provider-b@lab.example";
        admitted(email, "Lab B " + UUID.randomUUID().toString().substring(0, 6));
        long others =
                catalogueProbe.memberTool(
                        "Other lab tool " + UUID.randomUUID().toString().substring(0, 6));
        long theirVersion = As.curator(() -> versions.openDraft(others)).getId();

        assertThrows(
                ToolNotFoundException.class,
                () -> As.user(email, () -> versions.openDraft(others)));
        assertThrows(
                VersionNotFoundException.class,
                () -> As.user(email, () -> versions.version(theirVersion)));
        assertThrows(
                VersionNotFoundException.class,
                () ->
                        As.user(
                                email,
                                () ->
                                        versions.saveDraft(
                                                theirVersion,
                                                new DraftChanges(
                                                        null,
                                                        "en",
                                                        Map.of("tech.hardware", "Forced")))));
        assertThrows(
                VersionNotFoundException.class,
                () ->
                        As.user(
                                email,
                                () -> {
                                    versions.submit(theirVersion);
                                    return null;
                                }));
        assertTrue(
                As.curator(() -> versions.version(theirVersion))
                        .original("tech.hardware")
                        .isEmpty(),
                "nothing changed");
        assertFalse(
                As.user(email, () -> membership.myTools()).stream()
                        .anyMatch(t -> t.tool().getId() == others));
        assertThrows(
                EJBAccessException.class,
                () ->
                        As.user(
                                email,
                                () -> {
                                    versions.approve(theirVersion);
                                    return null;
                                }));
        assertThrows(
                EJBAccessException.class, () -> As.user(email, () -> catalogue.profile(others)));
        assertThrows(
                ToolNotFoundException.class,
                () ->
                        As.user(
                                email,
                                () -> {
                                    membership.confirmAnswers(others);
                                    return null;
                                }));

        // A colleague asks to join Lab B: its manager (not a curator) decides, and can end it.
        long labB = As.user(email, () -> membership.myProvider()).getId();
        String colleague =
                "colleague-" + UUID.randomUUID().toString().substring(0, 6) + "@lab.example";
        membership.apply(
                new ProviderApplication(
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Amani Otieno",
                        "Engineer",
                        colleague,
                        "+254 20 000 001",
                        "Maintains the tools",
                        IdentityProbe.PASSWORD,
                        IdentityProbe.PASSWORD,
                        true,
                        true,
                        "en",
                        labB));
        identity.confirmAddress(colleague);
        assertFalse(
                As.curator(() -> membership.applications()).stream()
                        .anyMatch(c -> c.account().getEmail().equals(colleague)),
                "joining a member organisation is its manager's decision");
        long colleagueId = identity.idOf(colleague);
        As.user(
                email,
                () -> {
                    membership.admitColleague(colleagueId);
                    return null;
                });
        assertEquals(AccountStatus.ACTIVE, identity.statusOf(colleague));
        assertEquals(Set.of("provider"), identity.rolesOf(colleagueId));
        assertTrue(
                As.user(email, () -> membership.colleagues()).stream()
                        .anyMatch(a -> a.getEmail().equals(colleague)));
        As.user(
                email,
                () -> {
                    membership.removeColleague(colleagueId, "Left the company.");
                    return null;
                });
        assertEquals(AccountStatus.SUSPENDED, identity.statusOf(colleague));
        assertThrows(
                BusinessException.class,
                () ->
                        As.user(
                                email,
                                () -> {
                                    membership.removeColleague(identity.idOf(email), "Myself");
                                    return null;
                                }),
                "not oneself");
        assertThrows(
                EJBAccessException.class,
                () -> As.user(email, () -> versions.review(theirVersion)));
    }
}
