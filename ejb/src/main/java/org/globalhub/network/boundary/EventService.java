package org.globalhub.network.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
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
import org.globalhub.network.entity.HubEvent;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;

/** Events: agents see upcoming ones and take them into their calendar (.ics); curators announce and cancel them. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class EventService {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<HubEvent> upcoming() {
        return em.createNamedQuery("HubEvent.findUpcoming", HubEvent.class).setParameter("now", Instant.now(CLOCK)).getResultList();
    }

    /** The given upcoming events (all of them when {@code eventIds} is empty) as an iCalendar file. */
    public String ics(List<Long> eventIds) {
        List<HubEvent> events = upcoming().stream().filter(e -> eventIds == null || eventIds.isEmpty() || eventIds.contains(e.getId())).toList();
        return IcsWriter.write(events, URI.create(HubMail.publicUrl()).getHost(), Instant.now(CLOCK));
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public long announce(EventForm form) {
        if (form == null || form.kind() == null || form.start() == null || form.end() == null) {
            throw new InvalidInputException("event.incomplete");
        }
        String title = Texts.clean(form.title(), "event.title", true, 200);
        String description = Texts.clean(form.description(), "event.description", false, 2000);
        String location = Texts.clean(form.location(), "event.location", !form.online(), 300);
        String language = form.language() == null ? "" : form.language().strip().toLowerCase(Locale.ROOT);
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
        if (starts.isBefore(Instant.now(CLOCK))) {
            throw new InvalidInputException("event.inThePast");
        }
        HubEvent event = new HubEvent(title, description, form.kind(), form.online(), form.online() ? null : location, starts,
                form.end().atZone(zone).toInstant(), zone.getId(), language, url, caller());
        em.persist(event);
        new AuditTrail(em, CLOCK).record(caller(), "event.announced", "Event", event.getId(), title);
        return event.getId();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void cancel(long eventId) {
        HubEvent event = em.find(HubEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException("error.notFound", eventId);
        }
        event.cancel();
        new AuditTrail(em, CLOCK).record(caller(), "event.cancelled", "Event", eventId, null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
