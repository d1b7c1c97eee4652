package org.globalhub.batch.retentionpurge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.globalhub.privacy.entity.RetentionCategory;

/**
 * The purge job's parameters, checked: {@code dryRun} (true/false), {@code categories}
 * (comma-separated, all when empty) and {@code startedBy}. The run purges as of the Hub's clock: no
 * parameter moves time, so nobody with the CLI can delete data early.
 */
public record PurgeParameters(
        boolean dryRun, List<RetentionCategory> categories, String startedBy, Instant asOf) {

    public static Properties of(boolean dryRun, String startedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("startedBy", startedBy);
        return parameters;
    }

    public static PurgeParameters parse(
            String dryRun, String categories, String startedBy, Instant now) {
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
                    throw new IllegalArgumentException(
                            "Unknown category "
                                    + name.strip()
                                    + "; known: "
                                    + EnumSet.allOf(RetentionCategory.class));
                }
            }
        }
        String who = startedBy == null || startedBy.isBlank() ? "cli" : startedBy.strip();
        return new PurgeParameters(
                Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip()),
                new ArrayList<>(chosen),
                who.length() > 254 ? who.substring(0, 254) : who,
                now);
    }
}
