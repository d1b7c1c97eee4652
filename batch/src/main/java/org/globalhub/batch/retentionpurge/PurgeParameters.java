package org.globalhub.batch.retentionpurge;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.globalhub.privacy.entity.RetentionCategory;

/**
 * The purge job's parameters, checked: {@code dryRun} (true/false), {@code categories} (comma-separated, all
 * when empty), {@code startedBy}, and {@code asOf} (an ISO instant to purge "as if it were then"), which is
 * refused unless the server runs with {@code -Dhub.purge.clock-override=true} (tests only: in production it
 * would let anyone with the CLI delete data early).
 */
public record PurgeParameters(boolean dryRun, List<RetentionCategory> categories, String startedBy, Instant asOf) {

    public static final String CLOCK_OVERRIDE = "hub.purge.clock-override";

    public static Properties of(boolean dryRun, String startedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("startedBy", startedBy);
        return parameters;
    }

    public static PurgeParameters parse(String dryRun, String categories, String startedBy, String asOf, Instant now) {
        if (dryRun != null && !dryRun.isBlank() && !dryRun.strip().matches("(?i)true|false")) {
            throw new IllegalArgumentException("dryRun must be true or false, not " + dryRun);
        }
        Set<RetentionCategory> chosen = EnumSet.noneOf(RetentionCategory.class);
        if (categories == null || categories.isBlank()) {
            chosen = EnumSet.allOf(RetentionCategory.class);
        } else {
            for (String name : categories.split(",")) {
                try {
                    chosen.add(RetentionCategory.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown category " + name.strip() + "; known: " + EnumSet.allOf(RetentionCategory.class));
                }
            }
        }
        Instant when = now;
        if (asOf != null && !asOf.isBlank()) {
            if (!Boolean.getBoolean(CLOCK_OVERRIDE)) {
                throw new IllegalArgumentException("asOf is refused: the server does not run with -D" + CLOCK_OVERRIDE + "=true");
            }
            try {
                when = Instant.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("asOf must be an ISO instant such as 2027-01-31T00:00:00Z, not " + asOf);
            }
        }
        String who = startedBy == null || startedBy.isBlank() ? "cli" : startedBy.strip();
        return new PurgeParameters(Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip()),
                new ArrayList<>(chosen), who.length() > 254 ? who.substring(0, 254) : who, when);
    }
}
