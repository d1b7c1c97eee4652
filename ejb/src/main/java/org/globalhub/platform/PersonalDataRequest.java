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
}
