package org.globalhub.web.selection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.globalhub.platform.BusinessException;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.GuidedAnswers;
import org.globalhub.selection.control.MatchScorer.Match;
import org.globalhub.selection.control.Shortlist;
import org.globalhub.selection.control.ShortlistSort;
import org.globalhub.selection.entity.SelectionKind;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.VisitorSeed;

/**
 * The guided shortlist ({@code /selection/shortlist.xhtml}): the answers come from the URL (or, on
 * a postback, from the hidden field that carries them); tools are scored and explained, left-out
 * ones counted by reason; sortable; exported as CSV, Excel or PDF; saved under a name.
 */
@Named
@RequestScoped
public class ShortlistBacking {

    @EJB SelectionService selection;
    @Inject VisitorSeed seed;
    @Inject SelectionLabels labels;

    private GuidedAnswers answers;
    private ShortlistSort sort;
    private Shortlist shortlist;
    private String query;
    private String name;
    private int page;

    @PostConstruct
    void read() {
        Map<String, String[]> parameters = QueryStrings.request();
        String carried = QueryStrings.parameter("shortlistForm:query");
        if (carried != null) {
            parameters = QueryStrings.parse(carried);
        }
        answers = GuidedAnswers.parse(parameters);
        String[] sortValue = parameters.get("sort");
        sort =
                ShortlistSort.parse(
                        sortValue == null || sortValue.length == 0 ? null : sortValue[0]);
        page = carried == null ? QueryStrings.page() : 1;
    }

    /** The matches on this page (20 a page; a page past the end shows the last one). */
    public List<Match> getPageMatches() {
        List<Match> all = getShortlist().matches();
        int first =
                Math.min(
                        (page - 1) * FinderBacking.PAGE_SIZE,
                        Math.max(0, all.size() - 1)
                                / FinderBacking.PAGE_SIZE
                                * FinderBacking.PAGE_SIZE);
        return all.subList(first, Math.min(all.size(), first + FinderBacking.PAGE_SIZE));
    }

    public int getPageNumber() {
        return Math.min(page, getPageCount());
    }

    public int getPageCount() {
        return Math.max(
                1,
                (getShortlist().matches().size() + FinderBacking.PAGE_SIZE - 1)
                        / FinderBacking.PAGE_SIZE);
    }

    public String pageLink(int number) {
        return "?" + QueryStrings.join(getQuery(), "page=" + number);
    }

    public Shortlist getShortlist() {
        if (shortlist == null) {
            shortlist = selection.shortlist(answers, sort, seed.value());
        }
        return shortlist;
    }

    public List<Map.Entry<String, Integer>> getExcludedBy() {
        return new ArrayList<>(getShortlist().excludedBy().entrySet());
    }

    public String sortLink(String name) {
        return "?" + QueryStrings.join(answers.toQuery(), "sort=" + name);
    }

    public String getGuideLink() {
        return "guide.xhtml?" + QueryStrings.join(answers.toQuery(), "step=task");
    }

    public String getQuery() {
        if (query == null) {
            query =
                    QueryStrings.join(
                            answers.toQuery(),
                            sort == ShortlistSort.MATCH ? "" : "sort=" + sort.name());
        }
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String save() {
        return Messages.attempt(
                () -> selection.save(name, SelectionKind.SHORTLIST, getQuery()),
                "selection.saved",
                null);
    }

    public String favourite(long toolId) {
        try {
            Messages.info(
                    selection.toggleFavourite(toolId)
                            ? "selection.favourited"
                            : "selection.unfavourited");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return null;
    }

    public void export(String format) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Match match : getShortlist().matches()) {
            rows.add(
                    List.of(
                            String.valueOf(rank++),
                            match.tool().name(),
                            match.tool().providerName(),
                            match.score() + " %",
                            labels.reasons(match.reasons(), true),
                            labels.reasons(match.reasons(), false),
                            labels.value(
                                    Facet.STAGE, match.tool().get(Facet.STAGE).iterator().next()),
                            labels.value(Facet.REGION, match.tool().region())));
        }
        ExportTable table =
                new ExportTable(
                        Messages.text("shortlist.title"),
                        List.of(
                                "#",
                                Messages.text("mydata.col.tool"),
                                Messages.text("shortlist.col.provider"),
                                Messages.text("shortlist.col.match"),
                                Messages.text("shortlist.col.fits"),
                                Messages.text("shortlist.col.misses"),
                                labels.facet(Facet.STAGE),
                                labels.facet(Facet.REGION)),
                        rows,
                        rightToLeft());
        SelectionDownloads.send("shortlist", format, table);
    }

    static boolean rightToLeft() {
        return "ar"
                .equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public List<ShortlistSort> getSorts() {
        return List.of(ShortlistSort.values());
    }

    public ShortlistSort getSort() {
        return sort;
    }

    public GuidedAnswers getAnswers() {
        return answers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
