package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.globalhub.network.boundary.EventForm;
import org.globalhub.network.boundary.EventService;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/** Curators announce and cancel events ({@code /curation/events.xhtml}). */
@Named
@RequestScoped
public class EventsCurationBacking {

    private static final String SELF = "/curation/events?faces-redirect=true";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB EventService events;

    private String title;
    private String description;
    private HubEvent.Kind kind = HubEvent.Kind.WEBINAR;
    private boolean online = true;
    private String location;
    private String start;
    private String end;
    private String timeZone = "UTC";
    private String language = "en";
    private String registrationUrl;
    private final ListAddress address = new ListAddress();

    /** This page of the events not yet over (search and page come from the address). */
    public ListPage<HubEvent> getUpcomingPage() {
        return address.page(events::upcomingForCurators);
    }

    public List<HubEvent> getUpcoming() {
        return getUpcomingPage().items();
    }

    public ListAddress getAddress() {
        return address;
    }

    public String announce() {
        return Messages.attempt(
                () ->
                        events.announce(
                                new EventForm(
                                        title,
                                        description,
                                        kind,
                                        online,
                                        location,
                                        time(start),
                                        time(end),
                                        timeZone,
                                        language,
                                        registrationUrl)),
                "events.announced",
                SELF);
    }

    public String cancel(long eventId) {
        return Messages.attempt(
                () -> events.cancel(eventId),
                "events.cancelledDone",
                SELF + "&includeViewParams=true");
    }

    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip().replace('T', ' '), TYPED);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("event.time");
        }
    }

    public HubEvent.Kind[] getKinds() {
        return HubEvent.Kind.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public HubEvent.Kind getKind() {
        return kind;
    }

    public void setKind(HubEvent.Kind kind) {
        this.kind = kind;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(String registrationUrl) {
        this.registrationUrl = registrationUrl;
    }
}
