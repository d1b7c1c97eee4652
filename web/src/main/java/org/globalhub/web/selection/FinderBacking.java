package org.globalhub.web.selection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.globalhub.selection.boundary.FinderPage;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.FacetSelection;
import org.globalhub.selection.control.ShortlistSort;
import org.globalhub.selection.entity.SelectionKind;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.VisitorSeed;

/**
 * The faceted finder ({@code /selection/index.xhtml}): facets with counts as links that add or
 * remove a value, results in the chosen order (neutral by default), pages of 20. The state lives in
 * the URL; nonsense in it is ignored and the page says what it ignored.
 */
@Named
@RequestScoped
public class FinderBacking {

    static final int PAGE_SIZE = 20;

    @EJB SelectionService selection;
    @Inject VisitorSeed seed;

    private FacetSelection chosen;
    private ShortlistSort sort;
    private int page;
    private FinderPage result;
    private String query;
    private String name;

    /**
     * The page's view action: the address is read (see the post-construct) before anything renders.
     */
    public void load() {
        // reading happened when the bean was made; nothing more to do
    }

    @PostConstruct
    void read() {
        Map<String, String[]> parameters = QueryStrings.request();
        String carried = QueryStrings.parameter("finderForm:query");
        if (carried != null) {
            parameters =
                    QueryStrings.parse(carried); // a postback: the page's own state, carried along
        }
        chosen = FacetSelection.parse(parameters);
        String[] sortValue = parameters.get("sort");
        sort =
                ShortlistSort.parse(
                        sortValue == null || sortValue.length == 0 ? null : sortValue[0]);
        page = carried == null ? QueryStrings.page() : 1;
        if (!chosen.ignored().isEmpty()) {
            Messages.info("finder.ignored", String.join(", ", chosen.ignored()));
        }
    }

    public FinderPage getResult() {
        if (result == null) {
            result = selection.find(chosen, sort, seed.value(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    public List<Facet> getFacets() {
        return List.of(Facet.values());
    }

    public List<String> valuesOf(Facet facet) {
        return List.copyOf(getResult().counts().get(facet).keySet());
    }

    /** How many values a facet shows before its "more" fold. */
    static final int SHOWN = 5;

    /** The values a facet shows at first. */
    public List<String> topValuesOf(Facet facet) {
        List<String> values = valuesOf(facet);
        return values.subList(0, Math.min(SHOWN, values.size()));
    }

    /** The values behind a facet's "more" fold. */
    public List<String> moreValuesOf(Facet facet) {
        List<String> values = valuesOf(facet);
        return values.size() <= SHOWN ? List.of() : values.subList(SHOWN, values.size());
    }

    /** Whether any of these values is chosen (its fold then opens). */
    public boolean anyChosen(Facet facet, List<String> values) {
        return values.stream().anyMatch(v -> isChosen(facet, v));
    }

    /** The chosen filters, as chips at the top of the results (each link removes its filter). */
    public List<Chip> getChips() {
        List<Chip> chips = new java.util.ArrayList<>();
        for (Facet facet : getFacets()) {
            for (String value : valuesOf(facet)) {
                if (isChosen(facet, value)) {
                    chips.add(new Chip(facet, value, toggle(facet, value)));
                }
            }
        }
        return chips;
    }

    /** A chosen filter and the link that removes it. */
    public record Chip(Facet facet, String value, String without) {}

    public int count(Facet facet, String value) {
        return getResult().counts().get(facet).getOrDefault(value, 0);
    }

    public boolean isChosen(Facet facet, String value) {
        return chosen.isChosen(facet, value);
    }

    /**
     * The link behind a facet value: the same search with that value added or removed, first page.
     */
    public String toggle(Facet facet, String value) {
        return "?" + QueryStrings.join(chosen.toggle(facet, value).toQuery(), sortPart());
    }

    public String sortLink(String name) {
        return "?" + QueryStrings.join(chosen.toQuery(), "sort=" + name);
    }

    public String pageLink(int number) {
        return "?" + QueryStrings.join(chosen.toQuery(), sortPart(), "page=" + number);
    }

    /** The same choices as a guided shortlist (the guide starts from them). */
    public String getQuery() {
        if (query == null) {
            query = QueryStrings.join(chosen.toQuery(), sortPart());
        }
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String save() {
        return Messages.attempt(
                () ->
                        selection.save(
                                name,
                                SelectionKind.SEARCH,
                                QueryStrings.join(chosen.toQuery(), sortPart())),
                "selection.saved",
                null);
    }

    private String sortPart() {
        return sort == ShortlistSort.MATCH ? "" : "sort=" + sort.name();
    }

    public List<ShortlistSort> getSorts() {
        return List.of(ShortlistSort.values());
    }

    public ShortlistSort getSort() {
        return sort;
    }

    public boolean isFiltered() {
        return !chosen.isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
