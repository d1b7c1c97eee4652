package org.globalhub.network.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events in the real server: curators announce (checked) and cancel; agents see them and get them
 * as .ics.
 */
@ExtendWith(ArquillianExtension.class)
class EventIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB EventService events;

    private static EventForm form(
            String title, LocalDateTime start, LocalDateTime end, String zone, String url) {
        return new EventForm(
                title,
                "Two hours on thresholds.",
                HubEvent.Kind.WEBINAR,
                true,
                null,
                start,
                end,
                zone,
                "fr",
                url);
    }

    private String refusal(EventForm form) {
        return assertThrows(
                        InvalidInputException.class, () -> As.curator(() -> events.announce(form)))
                .messageKey();
    }

    @Test
    void curatorsAnnounceCheckedEventsThatAgentsTakeIntoTheirCalendar() {
        LocalDateTime start = LocalDateTime.now().plusDays(12).truncatedTo(ChronoUnit.MINUTES);
        assertEquals(
                "event.endBeforeStart",
                refusal(form("Webinar", start, start.minusHours(1), "Europe/Paris", null)));
        assertEquals(
                "event.timeZone",
                refusal(form("Webinar", start, start.plusHours(2), "Moon/Base", null)));
        assertEquals(
                "event.inThePast",
                refusal(
                        form(
                                "Webinar",
                                start.minusDays(30),
                                start.minusDays(29),
                                "Europe/Paris",
                                null)));
        assertEquals(
                "event.url",
                refusal(
                        form(
                                "Webinar",
                                start,
                                start.plusHours(2),
                                "Europe/Paris",
                                "javascript:alert(1)")));
        assertEquals(
                "error.required",
                refusal(form("  ", start, start.plusHours(2), "Europe/Paris", null)));

        String title = "Webinaire, seuils et erreurs " + System.nanoTime();
        long id =
                As.curator(
                        () ->
                                events.announce(
                                        form(
                                                title,
                                                start,
                                                start.plusHours(2),
                                                "Europe/Paris",
                                                "https://training.example.org/w")));
        HubEvent shown =
                As.agent(() -> events.upcoming()).stream()
                        .filter(e -> e.getId() == id)
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                start.atZone(java.time.ZoneId.of("Europe/Paris")).toInstant(),
                shown.getStartsAt(),
                "stored in UTC from the organiser's zone");
        String ics = As.agent(() -> events.ics(List.of(id)));
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:" + title.replace(",", "\\,")), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"));

        As.curator(
                () -> {
                    events.cancel(id);
                    return null;
                });
        assertTrue(
                As.agent(() -> events.ics(List.of(id))).contains("STATUS:CANCELLED"),
                "a cancelled event tells calendars so");
    }

    @Test
    void curatorsFindUpcomingEventsBySearchOnePageAtATime() {
        String tag = "Paged" + System.nanoTime();
        LocalDateTime start = LocalDateTime.now().plusDays(40).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < EventService.PAGE_SIZE + 1; i++) {
            LocalDateTime begins = start.plusMinutes(i);
            As.curator(
                    () ->
                            events.announce(
                                    form(
                                            tag + " session",
                                            begins,
                                            begins.plusHours(1),
                                            "UTC",
                                            null)));
        }
        ListPage<HubEvent> first = As.curator(() -> events.upcomingForCurators(tag, 1));
        assertEquals(EventService.PAGE_SIZE + 1, first.total(), "only the searched events count");
        assertEquals(EventService.PAGE_SIZE, first.items().size());
        assertEquals(2, first.pageCount());
        ListPage<HubEvent> second = As.curator(() -> events.upcomingForCurators(tag, 2));
        assertEquals(1, second.items().size(), "the last one is on the second page");
        assertTrue(
                second.items().get(0).getStartsAt().isAfter(first.items().get(0).getStartsAt()),
                "soonest first");
        assertEquals(
                0,
                As.curator(() -> events.upcomingForCurators(tag + "-none", 1)).total(),
                "a search that matches nothing gives an empty page");
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> As.agent(() -> events.upcomingForCurators(tag, 1)),
                "agents do not see the curators' list");
    }
}
