package org.globalhub.network.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.OutboxProbe;
import org.globalhub.SmtpSink;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory and messages in the real server, as two agents of the test realm (alice and bob): a
 * field not shared is never shown nor searched, for anyone; opting out removes the entry at once;
 * writing needs shared contact details or an accepted request, and a block stops it; a report
 * reaches curators.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private static final String ALICE = "alice@police.example";
    private static final String BOB = "bob@police.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB NetworkProbe probe;
    @EJB OutboxProbe outbox;
    @EJB DirectoryService directory;
    @EJB MessageService messages;
    @EJB NotificationService notifications;

    private static DirectoryForm aliceShares(boolean listed) {
        // name and expertise shared; country, languages, tools and contact details not
        return new DirectoryForm(
                listed,
                true,
                false,
                false,
                false,
                true,
                false,
                false,
                "sw,en",
                "media_triage",
                "Argus Triage");
    }

    @Test
    void consentDecidesWhatIsSeenAndSearchedAndWhoMayWrite() throws Exception {
        probe.ensureAgent(ALICE, "Alice Wanjiru", "KE");
        probe.ensureAgent(BOB, "Bob Mensah", "GH");
        long alice = probe.idOf(ALICE);
        long bob = probe.idOf(BOB);
        As.user(
                ALICE,
                () -> {
                    directory.saveMyEntry(aliceShares(true));
                    return null;
                });

        List<DirectoryCard> byExpertise =
                As.user(BOB, () -> directory.search(null, null, "MEDIA_TRIAGE", null));
        DirectoryCard card =
                byExpertise.stream().filter(c -> c.accountId() == alice).findFirst().orElseThrow();
        assertEquals("Alice Wanjiru", card.name());
        assertEquals(List.of("MEDIA_TRIAGE"), card.expertise());
        assertNull(card.country(), "country not shared");
        assertNull(card.languages(), "languages not shared");
        assertNull(card.toolsUsed(), "tools not shared");
        assertNull(card.email(), "contact details not shared");
        assertNull(card.agency(), "agency not shared");
        assertFalse(card.mayMessage());
        for (List<DirectoryCard> found :
                List.of(
                        As.user(BOB, () -> directory.search("KE", null, null, null)),
                        As.user(BOB, () -> directory.search(null, "sw", null, null)),
                        As.user(BOB, () -> directory.search(null, null, null, "Argus")))) {
            assertTrue(
                    found.stream().noneMatch(c -> c.accountId() == alice),
                    "a field not shared is never matched");
        }
        DirectoryCard asCurator =
                As.curator(() -> directory.search(null, null, null, null)).stream()
                        .filter(c -> c.accountId() == alice)
                        .findFirst()
                        .orElseThrow();
        assertNull(asCurator.country(), "curators see no more than the agent chose to show");

        assertEquals(
                "message.notAllowed",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                BOB,
                                                () -> {
                                                    messages.send(alice, "Hello Alice");
                                                    return null;
                                                }))
                        .messageKey());
        try (SmtpSink smtp = new SmtpSink(3025)) {
            As.user(
                    BOB,
                    () -> {
                        directory.requestContact(alice, "We run the same triage tool.");
                        return null;
                    });
            assertEquals(
                    1,
                    smtp.awaitMailsTo(ALICE, 1).size(),
                    "a contact request is mailed by default");
        }
        DirectoryService.PendingContact request =
                As.user(ALICE, () -> directory.pendingRequests()).get(0);
        assertEquals("Bob Mensah", request.name());
        As.user(
                ALICE,
                () -> {
                    directory.answerRequest(request.id(), true);
                    return null;
                });

        As.user(
                BOB,
                () -> {
                    messages.send(alice, "Hello Alice, how do you set the threshold?");
                    return null;
                });
        assertFalse(
                outbox.mailKindsTo(ALICE).contains("newMessage"),
                "new messages are in the Hub only by default");
        MessageService.Conversation withBob =
                As.user(ALICE, () -> messages.conversations()).stream()
                        .filter(c -> c.accountId() == bob)
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, withBob.unread());
        assertNull(
                withBob.agency(),
                "Bob did not share his agency in the directory: the conversation list does not show it");
        MessageService.Conversation withAlice =
                As.user(BOB, () -> messages.conversations()).stream()
                        .filter(c -> c.accountId() == alice)
                        .findFirst()
                        .orElseThrow();
        assertNull(withAlice.agency(), "nor Alice's, which she did not share either");
        List<MessageService.Line> thread = As.user(ALICE, () -> messages.thread(bob));
        assertEquals("Hello Alice, how do you set the threshold?", thread.get(0).body());
        assertEquals(
                0,
                (long) As.user(ALICE, () -> messages.unreadCount()),
                "reading the thread reads the messages");
        assertTrue(
                As.user(ALICE, () -> notifications.mine(10)).stream()
                        .anyMatch(n -> n.kind().name().equals("NEW_MESSAGE")));

        As.user(
                ALICE,
                () -> {
                    messages.report(thread.get(0).id());
                    return null;
                });
        assertTrue(
                As.curator(() -> messages.reported()).stream()
                        .anyMatch(m -> m.getId() == thread.get(0).id()),
                "curators see the report");
        As.user(
                ALICE,
                () -> {
                    messages.block(bob);
                    return null;
                });
        assertThrows(
                InvalidInputException.class,
                () ->
                        As.user(
                                BOB,
                                () -> {
                                    messages.send(alice, "Still there?");
                                    return null;
                                }));

        As.user(
                ALICE,
                () -> {
                    directory.saveMyEntry(aliceShares(false));
                    return null;
                });
        assertTrue(
                As.user(BOB, () -> directory.search(null, null, null, null)).stream()
                        .noneMatch(c -> c.accountId() == alice),
                "opting out removes the entry at once");
    }

    @Test
    void anErasedColleagueDisappearsFromOtherPeoplesNotices() {
        probe.ensureAgent(ALICE, "Alice Wanjiru", "KE");
        String name = "gone" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String colleague = probe.agent(name, true);
        probe.messageNotice(ALICE, colleague);
        assertTrue(
                As.user(ALICE, () -> notifications.mine(200)).stream()
                        .anyMatch(n -> ("Test " + name).equals(n.subject())),
                "the notice names the colleague while they are a member");

        probe.erase(colleague);
        assertEquals(0, probe.notificationsMentioning(name), "no notice holds the name");
        assertTrue(
                As.user(ALICE, () -> notifications.mine(200)).stream()
                        .noneMatch(n -> n.subject() != null && n.subject().contains(name)),
                "nor shows it");
        assertTrue(
                As.user(ALICE, () -> notifications.mine(200)).stream()
                        .anyMatch(n -> n.aboutPerson() && n.subject() == null),
                "the notice stays, about a former member");
    }
}
