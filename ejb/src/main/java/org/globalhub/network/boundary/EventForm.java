package org.globalhub.network.boundary;

import java.time.LocalDateTime;
import org.globalhub.network.entity.HubEvent;

/**
 * What a curator types to announce an event; start and end are wall-clock times in {@code
 * timeZone}.
 */
public record EventForm(
        String title,
        String description,
        HubEvent.Kind kind,
        boolean online,
        String location,
        LocalDateTime start,
        LocalDateTime end,
        String timeZone,
        String language,
        String registrationUrl) {}
