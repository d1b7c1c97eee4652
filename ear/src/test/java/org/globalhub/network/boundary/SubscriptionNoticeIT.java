package org.globalhub.network.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.batch.questionnaireimport.ImportJobService;
import org.globalhub.catalogue.boundary.CatalogueProbe;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.network.entity.HubEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices agents asked for: a new tool in a subscribed category, an update of a followed tool, an
 * event reminder.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionNoticeIT {

    private static final String ALICE = "alice@police.example";
    private static final String BOB = "bob@police.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB NetworkProbe probe;
    @EJB CatalogueProbe catalogue;
    @EJB ToolCurationService curation;
    @EJB NotificationService notifications;
    @EJB EventService events;
    @EJB ImportJobService imports;

    private List<String> noticesOf(String email) {
        return probe.notificationsOf(email);
    }

    @Test
    void aSubscriberHearsOfANewToolInTheirCategoryAndNobodyElseDoes() {
        probe.ensureAgent(ALICE, "Alice Wanjiru", "KE");
        probe.ensureAgent(BOB, "Bob Mensah", "GH");
        As.user(
                ALICE,
                () -> {
                    notifications.subscribe("LIVE_STREAM_DETECTION", true);
                    return null;
                });
        String name = "Stream Sentinel " + System.nanoTime();
        long toolId =
                catalogue.createTool(name, UnRegion.AFRICA, Purpose.LIVE_STREAM_DETECTION, false);
        As.curator(
                () -> {
                    curation.publish(toolId);
                    return null;
                });
        assertTrue(
                noticesOf(ALICE).contains("NEW_TOOL " + name + ": null"),
                noticesOf(ALICE).toString());
        assertTrue(noticesOf(BOB).stream().noneMatch(n -> n.contains(name)), "not subscribed");
    }

    @Test
    void aFollowerHearsWhenAnImportUpdatesTheTool() throws Exception {
        probe.ensureAgent(BOB, "Bob Mensah", "GH");
        String provider = "Notice Lab " + System.nanoTime();
        String header =
                "tool_key,tool_name,summary,provider_name,provider_type,provider_country,provider_region,purposes\n";
        await(
                As.user(
                        "admin",
                        () ->
                                imports.start(
                                        "a.csv",
                                        (header
                                                        + "n1,Notice Tool,First summary.,"
                                                        + provider
                                                        + ",COMPANY,KE,AFRICA,MEDIA_TRIAGE\n")
                                                .getBytes(StandardCharsets.UTF_8),
                                        true)));
        long toolId =
                As.curator(() -> curation.allTools()).stream()
                        .filter(t -> t.getProvider().getName().equals(provider))
                        .findFirst()
                        .orElseThrow()
                        .getId();
        probe.favourite(BOB, toolId);
        await(
                As.user(
                        "admin",
                        () ->
                                imports.start(
                                        "b.csv",
                                        (header
                                                        + "n1,Notice Tool,A better summary.,"
                                                        + provider
                                                        + ",COMPANY,KE,AFRICA,MEDIA_TRIAGE\n")
                                                .getBytes(StandardCharsets.UTF_8),
                                        true)));
        assertTrue(
                noticesOf(BOB).contains("TOOL_UPDATED Notice Tool: null"),
                noticesOf(BOB).toString());
    }

    @Test
    void aReminderGoesOnceADayBeforeTheEvent() {
        probe.ensureAgent(ALICE, "Alice Wanjiru", "KE");
        String title = "Reminder webinar " + System.nanoTime();
        LocalDateTime start =
                LocalDateTime.now(ZoneOffset.UTC).plusHours(12).withSecond(0).withNano(0);
        long eventId =
                As.curator(
                        () ->
                                events.announce(
                                        new EventForm(
                                                title,
                                                null,
                                                HubEvent.Kind.WEBINAR,
                                                true,
                                                null,
                                                start,
                                                start.plusHours(1),
                                                "UTC",
                                                "en",
                                                null)));
        As.user(
                ALICE,
                () -> {
                    events.remindMe(eventId, true);
                    return null;
                });
        assertTrue(As.user("admin", () -> events.sendDueReminders()) >= 1);
        assertEquals(
                1,
                noticesOf(ALICE).stream()
                        .filter(n -> n.startsWith("EVENT_REMINDER " + title))
                        .count());
        As.user("admin", () -> events.sendDueReminders());
        assertEquals(
                1,
                noticesOf(ALICE).stream()
                        .filter(n -> n.startsWith("EVENT_REMINDER " + title))
                        .count(),
                "only once");
    }

    private static void await(long execution) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            BatchStatus status =
                    BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED) {
                assertEquals(BatchStatus.COMPLETED, status);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not end");
    }
}
