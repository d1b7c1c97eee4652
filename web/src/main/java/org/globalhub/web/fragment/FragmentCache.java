package org.globalhub.web.fragment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML that {@link CachedFragment}s kept, by key. Each server keeps its own: the fragments are
 * derived from the database (their keys carry its revision), so nothing here needs sharing, and a
 * stale key is simply never asked for again. Bounded: past {@link #LIMIT} fragments the cache
 * starts again empty (a few MB at most; a full refill costs one rendering per fragment).
 */
public final class FragmentCache {

    static final int LIMIT = 20_000;

    private static final Map<String, String> FRAGMENTS = new ConcurrentHashMap<>();

    private FragmentCache() {}

    static String get(String key) {
        return FRAGMENTS.get(key);
    }

    static void put(String key, String html) {
        if (FRAGMENTS.size() >= LIMIT) {
            FRAGMENTS.clear();
        }
        FRAGMENTS.put(key, html);
    }

    /** Fragments kept now (for tests and benchmarks). */
    public static int size() {
        return FRAGMENTS.size();
    }
}
