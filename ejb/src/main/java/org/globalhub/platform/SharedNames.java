package org.globalhub.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The names people chose to show their colleagues (in the directory, field by field): where a
 * component shows a person to others, it shows this name or nothing that identifies them. The
 * network component implements it; others ask through this interface instead of reading the
 * directory's tables.
 */
public interface SharedNames {

    /** For each of {@code people} (account e-mails) who shares their name: that name. */
    Map<String, String> sharedBy(Collection<String> people);
}
