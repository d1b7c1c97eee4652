package org.globalhub.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSort;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.selection.boundary.CataloguePage;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.web.shell.LocaleBacking;
import org.globalhub.web.shell.VisitorSeed;

/**
 * The catalogue list ({@code /catalogue/index.xhtml}). Search and filters are URL parameters, so a
 * result can be bookmarked and shared; the search form is a plain GET form to the same page (page
 * 1).
 */
@Named
@RequestScoped
public class CatalogueBacking {

    public static final int PAGE_SIZE = 10;

    @EJB SelectionService selection;

    @Inject VisitorSeed seed;

    @Inject LocaleBacking locale;

    @Inject ConfirmationBadge badge;

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
        return (int)
                java.util.stream.Stream.of(purpose, technology, phase, region, language)
                        .filter(java.util.Objects::nonNull)
                        .count();
    }

    public boolean isFiltered() {
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public Technology getTechnology() {
        return technology;
    }

    public void setTechnology(Technology technology) {
        this.technology = technology;
    }

    public InvestigationPhase getPhase() {
        return phase;
    }

    public void setPhase(InvestigationPhase phase) {
        this.phase = phase;
    }

    public UnRegion getRegion() {
        return region;
    }

    public void setRegion(UnRegion region) {
        this.region = region;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public CatalogueSort getSort() {
        return sort;
    }

    public void setSort(CatalogueSort sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
