package org.globalhub.web.selection;

import jakarta.faces.context.FacesContext;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finder keeps its whole state in the URL (bookmarkable, shareable). Its pages read the
 * request's parameters, or, on a postback (save, export), the query string the page carried in a
 * hidden field.
 */
final class QueryStrings {

    private QueryStrings() {}

    static Map<String, String[]> request() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap();
    }

    static String parameter(String name) {
        String[] values = request().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * {@code a=1,2&b=x} → {a: [1,2], b: [x]}; malformed pieces are dropped; at most 4,000
     * characters read.
     */
    static Map<String, String[]> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String text = query == null ? "" : query.length() > 4000 ? query.substring(0, 4000) : query;
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    values.computeIfAbsent(
                                    URLDecoder.decode(
                                            pair.substring(0, equals), StandardCharsets.UTF_8),
                                    k -> new ArrayList<>())
                            .add(
                                    URLDecoder.decode(
                                            pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken %-escape: this piece is ignored like any other nonsense
                }
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((k, v) -> result.put(k, v.toArray(new String[0])));
        return result;
    }

    /** The page number from the URL: 1 when missing or nonsense. */
    static int page() {
        String text = parameter("page");
        return text != null && text.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(text)) : 1;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }
}
