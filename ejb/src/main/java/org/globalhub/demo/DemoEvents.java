package org.globalhub.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.globalhub.network.entity.HubEvent;

/** Demo data: three upcoming events in different time zones and languages. */
public final class DemoEvents {

    private DemoEvents() {}

    public static void load(EntityManager em, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.HOURS);
        em.persist(
                new HubEvent(
                        "Webinar: reading a tool's error rates",
                        "Precision, recall and thresholds with examples from triage tools.",
                        HubEvent.Kind.WEBINAR,
                        true,
                        null,
                        day.plus(Duration.ofDays(9)),
                        day.plus(Duration.ofDays(9)).plus(Duration.ofMinutes(90)),
                        "Europe/Paris",
                        "en",
                        "https://training.example.org/webinars/error-rates",
                        "demo",
                        now));
        em.persist(
                new HubEvent(
                        "Atelier régional : piloter un outil de tri",
                        "Deux jours pour préparer un pilote avec une affaire close.",
                        HubEvent.Kind.TRAINING,
                        false,
                        "Dakar, école de police",
                        day.plus(Duration.ofDays(23)),
                        day.plus(Duration.ofDays(24)).plus(Duration.ofHours(8)),
                        "Africa/Dakar",
                        "fr",
                        null,
                        "demo",
                        now));
        em.persist(
                new HubEvent(
                        "Encuentro regional de unidades especializadas",
                        "Intercambio de experiencias sobre herramientas de IA.",
                        HubEvent.Kind.MEETING,
                        false,
                        "Bogotá",
                        day.plus(Duration.ofDays(40)),
                        day.plus(Duration.ofDays(41)),
                        "America/Bogota",
                        "es",
                        "https://meeting.example.org/registro",
                        "demo",
                        now));
    }
}
