package org.globalhub.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.globalhub.network.boundary.EventService;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.web.shell.Downloads;

/**
 * Upcoming events ({@code /network/events.xhtml}) as a list or a month calendar, in the viewer's
 * time zone: the {@code tz} parameter, else the {@code hub-tz} cookie that the page's script sets
 * from the browser, else UTC. Events download as iCalendar.
 */
@Named
@RequestScoped
public class EventsBacking {

    @EJB EventService events;

    private ZoneId zone = ZoneId.of("UTC");
    private boolean calendar;
    private YearMonth month;
    private List<HubEvent> upcoming;

    @PostConstruct
    void read() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String tz = external.getRequestParameterMap().get("tz");
        if (tz == null) {
            Object cookie = external.getRequestCookieMap().get("hub-tz");
            tz =
                    cookie instanceof jakarta.servlet.http.Cookie c
                            ? java.net.URLDecoder.decode(
                                    c.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                            : null;
        }
        try {
            zone = tz == null || tz.isBlank() ? zone : ZoneId.of(tz.strip());
        } catch (RuntimeException e) {
            // an unknown zone in the address or cookie: UTC, and the selector shows it
        }
        calendar = "calendar".equals(external.getRequestParameterMap().get("view"));
        String m = external.getRequestParameterMap().get("month");
        month =
                m != null
                                && m.matches("\\d{4}-\\d{2}")
                                && Integer.parseInt(m.substring(5)) >= 1
                                && Integer.parseInt(m.substring(5)) <= 12
                        ? YearMonth.parse(m)
                        : YearMonth.now(zone);
    }

    public List<HubEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming();
        }
        return upcoming;
    }

    public String when(HubEvent event) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .withZone(zone);
        return format.format(event.getStartsAt()) + " – " + format.format(event.getEndsAt());
    }

    /**
     * The weeks of the shown month, each seven days (null outside the month), for the calendar
     * view.
     */
    public List<List<LocalDate>> getWeeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1);
        List<LocalDate> week = new ArrayList<>();
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            week.add(month.atDay(day));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The events on a day of the viewer's calendar (in the viewer's zone). */
    public List<HubEvent> on(LocalDate day) {
        return day == null
                ? List.of()
                : getUpcoming().stream()
                        .filter(
                                e -> {
                                    LocalDate start =
                                            ZonedDateTime.ofInstant(e.getStartsAt(), zone)
                                                    .toLocalDate();
                                    LocalDate end =
                                            ZonedDateTime.ofInstant(e.getEndsAt(), zone)
                                                    .toLocalDate();
                                    return !day.isBefore(start) && !day.isAfter(end);
                                })
                        .toList();
    }

    private java.util.Set<Long> reminders;

    public boolean isReminded(long eventId) {
        if (reminders == null) {
            reminders = events.myReminders();
        }
        return reminders.contains(eventId);
    }

    public String toggleReminder(long eventId) {
        return org.globalhub.web.shell.Messages.attempt(
                () -> events.remindMe(eventId, !isReminded(eventId)),
                "notifications.saved",
                "/network/events?faces-redirect=true");
    }

    public void downloadAll() {
        Downloads.send(
                "global-hub-events.ics",
                "text/calendar; charset=UTF-8",
                events.ics(List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void download(long eventId) {
        Downloads.send(
                "global-hub-event-" + eventId + ".ics",
                "text/calendar; charset=UTF-8",
                events.ics(List.of(eventId)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String link(String view, YearMonth shown) {
        return "?view="
                + view
                + "&month="
                + shown
                + "&tz="
                + java.net.URLEncoder.encode(zone.getId(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<String> getZones() {
        return List.of(
                "UTC",
                "Africa/Dakar",
                "Africa/Nairobi",
                "Africa/Cairo",
                "Europe/London",
                "Europe/Paris",
                "Europe/Moscow",
                "Asia/Dubai",
                "Asia/Kolkata",
                "Asia/Bangkok",
                "Asia/Shanghai",
                "Asia/Tokyo",
                "Australia/Sydney",
                "America/Sao_Paulo",
                "America/Bogota",
                "America/Mexico_City",
                "America/New_York",
                "America/Los_Angeles");
    }

    public String getZone() {
        return zone.getId();
    }

    public boolean isCalendar() {
        return calendar;
    }

    public YearMonth getMonth() {
        return month;
    }
}
