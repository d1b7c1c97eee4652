package org.globalhub.network.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.HubMail;
import org.globalhub.network.control.IcsWriter;
import org.globalhub.network.control.Notices;
import org.globalhub.network.entity.EventReminder;
import org.globalhub.network.entity.HubEvent;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.mail.Outbox;

/**
 * Events: agents see upcoming ones and take them into their calendar (.ics); curators announce and
 * cancel them.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class EventService {

    @Inject Clock clock;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Outbox mail;

    /**
     * One page of the events not yet over, soonest first, cancelled ones too (curators cancel from
     * this list); {@code text} (optional) is looked for in the title and the place.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public ListPage<HubEvent> upcomingForCurators(String text, int page) {
        return new ListQuery("e", "HubEvent e")
                .atLeast("e.endsAt", Instant.now(clock))
                .contains(text, "e.title", "e.location")
                .page(em, HubEvent.class, "e.startsAt, e.id", page, PAGE_SIZE);
    }

    /** How many events a page of the curators' list shows. */
    public static final int PAGE_SIZE = 50;

    public List<HubEvent> upcoming() {
        return em.createNamedQuery("HubEvent.findUpcoming", HubEvent.class)
                .setParameter("now", Instant.now(clock))
                .getResultList();
    }

    /**
     * The given upcoming events (all of them when {@code eventIds} is empty) as an iCalendar file.
     */
    public String ics(List<Long> eventIds) {
        List<HubEvent> events =
                upcoming().stream()
                        .filter(
                                e ->
                                        eventIds == null
                                                || eventIds.isEmpty()
                                                || eventIds.contains(e.getId()))
                        .toList();
        return IcsWriter.write(
                events, URI.create(HubMail.publicUrl()).getHost(), Instant.now(clock));
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public long announce(EventForm form) {
        if (form == null || form.kind() == null || form.start() == null || form.end() == null) {
            throw new InvalidInputException("event.incomplete");
        }
        String title = Texts.clean(form.title(), "event.title", true, 200);
        String description = Texts.clean(form.description(), "event.description", false, 2000);
        String location = Texts.clean(form.location(), "event.location", !form.online(), 300);
        String language =
                form.language() == null ? "" : form.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("error.language", language);
        }
        String url = Texts.clean(form.registrationUrl(), "event.registrationUrl", false, 500);
        if (url != null && !Texts.isWebAddress(url)) {
            throw new InvalidInputException("event.url");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(form.timeZone() == null ? "" : form.timeZone().strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("event.timeZone", String.valueOf(form.timeZone()));
        }
        Instant starts = form.start().atZone(zone).toInstant();
        if (starts.isBefore(Instant.now(clock))) {
            throw new InvalidInputException("event.inThePast");
        }
        HubEvent event =
                new HubEvent(
                        title,
                        description,
                        form.kind(),
                        form.online(),
                        form.online() ? null : location,
                        starts,
                        form.end().atZone(zone).toInstant(),
                        zone.getId(),
                        language,
                        url,
                        caller(),
                        Instant.now(clock));
        em.persist(event);
        new AuditTrail(em, clock)
                .record(caller(), "event.announced", "Event", event.getId(), title);
        return event.getId();
    }

    /** The caller asks (or no longer asks) to be reminded of an event a day before it starts. */
    public void remindMe(long eventId, boolean on) {
        if (em.find(HubEvent.class, eventId) == null) {
            throw new NotFoundException("error.notFound", eventId);
        }
        EventReminder stored =
                em.find(EventReminder.class, new EventReminder.Key(caller(), eventId));
        if (on && stored == null) {
            em.persist(new EventReminder(caller(), eventId));
        } else if (!on && stored != null) {
            em.remove(stored);
        }
    }

    public Set<Long> myReminders() {
        return Set.copyOf(
                em.createQuery(
                                "SELECT r.eventId FROM EventReminder r WHERE r.owner = :me",
                                Long.class)
                        .setParameter("me", caller())
                        .getResultList());
    }

    /**
     * Sends the reminders of events that start within a day (the timer does this every 15 minutes).
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int sendDueReminders() {
        return remind();
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void remindOnTime() {
        remind();
    }

    private int remind() {
        Instant now = Instant.now(clock);
        Notices notices = new Notices(em, mail);
        int sent = 0;
        for (Object[] row :
                em.createQuery(
                                "SELECT r, e FROM EventReminder r, HubEvent e WHERE r.eventId = e.id AND r.sentAt IS NULL"
                                        + " AND e.cancelled = false AND e.startsAt > :now AND e.startsAt <= :soon",
                                Object[].class)
                        .setParameter("now", now)
                        .setParameter("soon", now.plus(java.time.Duration.ofDays(1)))
                        .getResultList()) {
            EventReminder reminder = (EventReminder) row[0];
            HubEvent event = (HubEvent) row[1];
            var account =
                    org.globalhub.identity.control.AccountLookup.findByEmail(
                            em, reminder.getOwner());
            if (account.isPresent()
                    && account.get().getStatus()
                            == org.globalhub.identity.entity.AccountStatus.ACTIVE) {
                String when =
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                .withZone(java.time.ZoneOffset.UTC)
                                .format(event.getStartsAt());
                notices.send(
                        account.get(),
                        NotificationKind.EVENT_REMINDER,
                        null,
                        event.getTitle(),
                        when,
                        event.getTitle() + "\n" + when,
                        now);
                sent++;
            }
            reminder.sent(now);
        }
        return sent;
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void cancel(long eventId) {
        HubEvent event = em.find(HubEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException("error.notFound", eventId);
        }
        event.cancel(Instant.now(clock));
        new AuditTrail(em, clock).record(caller(), "event.cancelled", "Event", eventId, null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
