package org.globalhub.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asked of every component (a CDI event, observed synchronously in the transaction that shows or
 * exports a person's data): each adds what it holds about that person as titled tables of text. The
 * privacy component thus never names another component's tables, and a new component's data reaches
 * "my data" by observing this.
 */
public final class PersonalDataRequest {

    /** One table: a title and column headers (message keys) and the rows, as text. */
    public record Section(String titleKey, List<String> columnKeys, List<List<String>> rows) {}

    private final String email;
    private final long accountId;
    private final List<Section> sections = new ArrayList<>();

    public PersonalDataRequest(String email, long accountId) {
        this.email = Objects.requireNonNull(email);
        this.accountId = accountId;
    }

    public String email() {
        return email;
    }

    public long accountId() {
        return accountId;
    }

    /**
     * Adds a section, also when it has no rows: the person sees that the Hub looked and holds
     * nothing.
     */
    public void add(String titleKey, List<String> columnKeys, List<List<String>> rows) {
        for (List<String> row : rows) {
            if (row.size() != columnKeys.size()) {
                throw new IllegalArgumentException(
                        titleKey
                                + ": a row of "
                                + row.size()
                                + " cells under "
                                + columnKeys.size()
                                + " columns");
            }
        }
        sections.add(
                new Section(
                        titleKey,
                        List.copyOf(columnKeys),
                        rows.stream()
                                .map(r -> r.stream().map(c -> c == null ? "" : c).toList())
                                .toList()));
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    private static final String TERM = "\u0001term:";
    private static final String TIME = "\u0001time:";

    /**
     * A cell that names a term rather than holding someone's text (a status, a choice, a field):
     * {@code key} is its message key, shown translated on the page and exported as the key's last
     * part (e.g. {@code contact.status.PENDING} → {@code PENDING}).
     */
    public static String term(String key) {
        return TERM + key;
    }

    /** A yes/no choice, shown translated. */
    public static String yesNo(boolean value) {
        return term("mydata.value." + value);
    }

    /** A moment, shown in the reader's language and time format, exported in ISO 8601. */
    public static String time(java.time.Instant at) {
        return at == null ? "" : TIME + at;
    }

    /** The message key of a {@link #term} cell, else null. */
    public static String termKey(String cell) {
        return cell != null && cell.startsWith(TERM) ? cell.substring(TERM.length()) : null;
    }

    /** The moment of a {@link #time} cell, else null. */
    public static java.time.Instant timeOf(String cell) {
        return cell != null && cell.startsWith(TIME)
                ? java.time.Instant.parse(cell.substring(TIME.length()))
                : null;
    }

    /** The cell as plain text, for the export: a term's code, a moment in ISO 8601, else itself. */
    public static String plain(String cell) {
        String key = termKey(cell);
        if (key != null) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        java.time.Instant at = timeOf(cell);
        return at != null ? at.toString() : cell;
    }
}
