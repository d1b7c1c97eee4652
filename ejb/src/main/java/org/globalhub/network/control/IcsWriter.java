package org.globalhub.network.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.globalhub.network.entity.HubEvent;

/**
 * Writes events as an iCalendar file (RFC 5545): times in UTC, text escaped (backslash, comma,
 * semicolon, line breaks of every kind) and stripped of other control characters, so that no text
 * can start a property of its own; lines folded at 75 octets, CRLF line ends. SEQUENCE (the row
 * version) and LAST-MODIFIED let a calendar apply a change or a cancellation (STATUS:CANCELLED)
 * over the copy it has.
 */
public final class IcsWriter {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsWriter() {}

    public static String write(List<HubEvent> events, String host, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Global Hub//Events//EN");
        line(ics, "CALSCALE:GREGORIAN");
        for (HubEvent event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:event-" + event.getId() + "@" + host);
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "SEQUENCE:" + event.getVersion());
            line(ics, "LAST-MODIFIED:" + UTC.format(event.getChangedAt()));
            line(ics, "DTSTART:" + UTC.format(event.getStartsAt()));
            line(ics, "DTEND:" + UTC.format(event.getEndsAt()));
            line(ics, "SUMMARY:" + text(event.getTitle()));
            if (event.getDescription() != null && !event.getDescription().isBlank()) {
                line(ics, "DESCRIPTION:" + text(event.getDescription()));
            }
            line(
                    ics,
                    "LOCATION:"
                            + text(
                                    event.isOnline()
                                            ? "Online"
                                            : event.getLocation() == null
                                                    ? ""
                                                    : event.getLocation()));
            if (event.getRegistrationUrl() != null) {
                line(ics, "URL:" + withoutControls(event.getRegistrationUrl()));
            }
            line(ics, "STATUS:" + (event.isCancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String text(String value) {
        String escaped =
                value.replace("\\", "\\\\")
                        .replace(";", "\\;")
                        .replace(",", "\\,")
                        .replace("\r\n", "\\n")
                        .replace("\r", "\\n")
                        .replace("\n", "\\n");
        return withoutControls(escaped);
    }

    /**
     * Removes control characters (NUL, tab, escape ...) and Unicode line separators that could
     * break a content line.
     */
    static String withoutControls(String value) {
        return value.replaceAll("[\\p{Cc}\\u2028\\u2029]", "");
    }

    /**
     * Appends a content line, folded so that no line exceeds 75 octets (continuations start with a
     * space).
     */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(current).append("\r\n");
    }
}
