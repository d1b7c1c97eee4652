package org.globalhub.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");

    /**
     * Reads an .ics back: unfolds continuation lines and unescapes text, one map of properties per
     * VEVENT.
     */
    static List<Map<String, String>> parse(String ics) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(
                        line.substring(0, colon),
                        line.substring(colon + 1)
                                .replace("\\n", "\n")
                                .replace("\\,", ",")
                                .replace("\\;", ";")
                                .replace("\\\\", "\\"));
            }
        }
        return events;
    }

    @Test
    void eventsSurviveTheRoundTripWithTimesInUtcAndTextEscaped() {
        String description =
                "Thresholds, precision; recall \\ and more.\nSecond line with ünïcödé and العربية, "
                        + "long enough to be folded across several lines of the calendar file format.";
        HubEvent webinar =
                new HubEvent(
                        "Webinar: error rates, explained",
                        description,
                        HubEvent.Kind.WEBINAR,
                        true,
                        null,
                        START,
                        START.plusSeconds(5400),
                        "Europe/Paris",
                        "en",
                        "https://training.example.org/w",
                        "curator@hub.example",
                        START);
        HubEvent meeting =
                new HubEvent(
                        "Regional meeting",
                        null,
                        HubEvent.Kind.MEETING,
                        false,
                        "Bogotá; room 2",
                        START.plusSeconds(86400),
                        START.plusSeconds(90000),
                        "America/Bogota",
                        "es",
                        null,
                        "curator@hub.example",
                        START);
        meeting.cancel(START.plusSeconds(60));
        String ics = IcsWriter.write(List.of(webinar, meeting), "hub.example.org", START);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        List<Map<String, String>> events = parse(ics);
        assertEquals(2, events.size());
        assertEquals("Webinar: error rates, explained", events.get(0).get("SUMMARY"));
        assertEquals(description, events.get(0).get("DESCRIPTION"));
        assertEquals("20261203T140000Z", events.get(0).get("DTSTART"));
        assertEquals("20261203T153000Z", events.get(0).get("DTEND"));
        assertEquals("Online", events.get(0).get("LOCATION"));
        assertEquals("https://training.example.org/w", events.get(0).get("URL"));
        assertEquals("Bogotá; room 2", events.get(1).get("LOCATION"));
        assertEquals("CANCELLED", events.get(1).get("STATUS"));
    }

    @Test
    void anEventEndsAfterItStartsInAZoneThatExists() {
        assertThrows(
                InvalidInputException.class,
                () ->
                        new HubEvent(
                                "x",
                                null,
                                HubEvent.Kind.MEETING,
                                true,
                                null,
                                START,
                                START,
                                "Europe/Paris",
                                "en",
                                null,
                                "c",
                                START));
        assertThrows(
                InvalidInputException.class,
                () ->
                        new HubEvent(
                                "x",
                                null,
                                HubEvent.Kind.MEETING,
                                true,
                                null,
                                START,
                                START.plusSeconds(60),
                                "Mars/Olympus",
                                "en",
                                null,
                                "c",
                                START));
    }

    @Test
    void noTextCanStartAPropertyOfItsOwnAndACancellationSaysWhenItChanged() {
        HubEvent hostile =
                new HubEvent(
                        "Webinar\rATTENDEE:mailto:attacker@evil.example\r\nBEGIN:VALARM\u0000\u2028X",
                        "a\rb",
                        HubEvent.Kind.WEBINAR,
                        true,
                        null,
                        START,
                        START.plusSeconds(3600),
                        "Europe/Paris",
                        "en",
                        "https://training.example.org/w\rATTENDEE:x",
                        "curator@hub.example",
                        START);
        hostile.cancel(START.plusSeconds(120));
        String ics = IcsWriter.write(List.of(hostile), "hub.example.org", START);
        for (String line : ics.split("\r\n")) {
            assertFalse(
                    line.contains("\r") || line.contains("\n"), "one property per line: " + line);
            assertFalse(
                    line.startsWith("ATTENDEE") || line.startsWith("BEGIN:VALARM"),
                    "injected: " + line);
        }
        Map<String, String> event = parse(ics).get(0);
        assertEquals(
                "Webinar\nATTENDEE:mailto:attacker@evil.example\nBEGIN:VALARMX",
                event.get("SUMMARY"),
                "kept as text");
        assertEquals("0", event.get("SEQUENCE"));
        assertEquals("20261203T140200Z", event.get("LAST-MODIFIED"));
        assertEquals("CANCELLED", event.get("STATUS"));
    }
}
