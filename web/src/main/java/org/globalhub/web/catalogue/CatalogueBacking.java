package org.globalhub.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSort;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.selection.boundary.CataloguePage;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.web.shell.LocaleBacking;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.VisitorSeed;

/**
 * The catalogue list ({@code /catalogue/index.xhtml}). Search and filters are URL parameters, so a
 * result can be bookmarked and shared; the search form is a plain GET form to the same page (page
 * 1).
 *
 * <p>The page has no view parameters: the address is read here ({@link #address()}), once, the
 * first time the page asks for any of its values. View parameters would make JSF build a second
 * view of the page (its metadata) on every request and run four phases over it; this page is the
 * one every agent opens most (issue 14's throughput goal). Bad values are reported as a view
 * parameter's converter would have reported them, and ignored.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    public static final int PAGE_SIZE = 10;

    /** The longest search text (the form's field says so too). */
    public static final int MAX_TEXT = 200;

    @EJB SelectionService selection;

    @Inject VisitorSeed seed;

    @Inject LocaleBacking locale;

    @Inject ConfirmationBadge badge;

    private boolean addressRead;
    private String text;
    private Purpose purpose;
    private Technology technology;
    private InvestigationPhase phase;
    private UnRegion region;
    private String language;
    private CatalogueSort sort;
    private Integer page;

    private CataloguePage result;

    public CataloguePage getResult() {
        if (result == null) {
            address();
            CatalogueQuery query =
                    new CatalogueQuery(
                            text, purpose, technology, phase, region, language, sort, seed.value());
            int pageNumber = page == null || page < 1 ? 1 : page;
            result = selection.browse(query, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    /**
     * What a tool's card shows depends on: the catalogue's state, the tool, the language and
     * whether its answers are overdue for confirmation (the keeping key of its cached HTML).
     */
    public String cardKey(ToolFacts tool) {
        return "catalogue-card/"
                + getResult().revision()
                + "/"
                + tool.id()
                + "/"
                + locale.getLanguage()
                + "/"
                + badge.sinceFacts(tool);
    }

    /**
     * The filter form's keeping key: its language and chosen values; none (not kept) while it
     * echoes a search text, which would make a key per search.
     */
    public String getFiltersKey() {
        address();
        if (text != null && !text.isEmpty()) {
            return null;
        }
        return String.join(
                "/",
                "catalogue-filters",
                locale.getLanguage(),
                String.valueOf(purpose),
                String.valueOf(technology),
                String.valueOf(phase),
                String.valueOf(region),
                String.valueOf(language),
                String.valueOf(sort));
    }

    /** How many filters (besides the text) are chosen: the folded filters' summary says so. */
    public int getChosenFilters() {
        address();
        return (int)
                java.util.stream.Stream.of(purpose, technology, phase, region, language)
                        .filter(java.util.Objects::nonNull)
                        .count();
    }

    public boolean isFiltered() {
        address();
        return text != null
                || purpose != null
                || technology != null
                || phase != null
                || region != null
                || language != null;
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Technology[] getTechnologies() {
        return Technology.values();
    }

    public InvestigationPhase[] getPhases() {
        return InvestigationPhase.values();
    }

    public UnRegion[] getRegions() {
        return UnRegion.values();
    }

    public CatalogueSort[] getSorts() {
        return CatalogueSort.values();
    }

    public List<String> getLanguages() {
        return LocaleBacking.LANGUAGES;
    }

    /**
     * Reads search, filters, order and page from the request, once: a value that is not one of the
     * filter's (or a page number that is not a number) is reported once and ignored; a search text
     * over {@link #MAX_TEXT} characters is reported and not searched for.
     */
    private void address() {
        if (addressRead) {
            return;
        }
        addressRead = true;
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String q = parameters.get("q");
        if (q != null && q.length() > MAX_TEXT) {
            Messages.error(
                    new InvalidInputException(
                            "error.tooLong", Messages.text("catalogue.search"), MAX_TEXT));
        } else if (q != null && !q.isEmpty()) {
            text = q;
        }
        boolean[] refused = {false};
        purpose = choice(parameters.get("purpose"), Purpose.class, refused);
        technology = choice(parameters.get("technology"), Technology.class, refused);
        phase = choice(parameters.get("phase"), InvestigationPhase.class, refused);
        region = choice(parameters.get("region"), UnRegion.class, refused);
        sort = choice(parameters.get("sort"), CatalogueSort.class, refused);
        String lang = parameters.get("lang");
        if (lang != null && !lang.isEmpty()) {
            if (lang.matches("[a-z]{2,8}")) {
                language = lang;
            } else {
                refused[0] = true;
            }
        }
        if (refused[0]) {
            Messages.error(new InvalidInputException("error.filter"));
        }
        String number = parameters.get("page");
        if (number != null && !number.isEmpty()) {
            if (number.matches("-?\\d{1,9}")) {
                page = Integer.valueOf(number);
            } else {
                Messages.error(new InvalidInputException("error.page"));
            }
        }
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, boolean[] refused) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            refused[0] = true;
            return null;
        }
    }

    /**
     * The address of another page of this result: the same search, filters and order (the pager's
     * links).
     */
    public String pageAddress(int number) {
        address();
        StringBuilder query = new StringBuilder();
        parameter(query, "q", text);
        parameter(query, "purpose", purpose);
        parameter(query, "technology", technology);
        parameter(query, "phase", phase);
        parameter(query, "region", region);
        parameter(query, "lang", language);
        parameter(query, "sort", sort);
        parameter(query, "page", number);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/catalogue/index.xhtml?"
                + query;
    }

    private static void parameter(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(query.length() == 0 ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public String getText() {
        address();
        return text;
    }

    public Purpose getPurpose() {
        address();
        return purpose;
    }

    public Technology getTechnology() {
        address();
        return technology;
    }

    public InvestigationPhase getPhase() {
        address();
        return phase;
    }

    public UnRegion getRegion() {
        address();
        return region;
    }

    public String getLanguage() {
        address();
        return language;
    }

    public CatalogueSort getSort() {
        address();
        return sort;
    }
}
