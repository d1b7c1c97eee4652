package org.globalhub.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.globalhub.catalogue.boundary.CatalogueService;
import org.globalhub.catalogue.boundary.ConcernService;
import org.globalhub.catalogue.boundary.FeedbackService;
import org.globalhub.catalogue.boundary.ToolNotFoundException;
import org.globalhub.catalogue.boundary.ToolProfile;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.learning.boundary.LearningService;
import org.globalhub.learning.control.LearningContent;
import org.globalhub.platform.BusinessException;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.web.chart.BarChart;
import org.globalhub.web.chart.BarChart.Bar;
import org.globalhub.web.chart.Charts;
import org.globalhub.web.shell.Messages;

/**
 * The tool page ({@code /catalogue/tool.xhtml?id=...}): the tool's answers, feedback and the two
 * forms an agent can send from it (feedback, concern). An unknown id shows a clear message with
 * status 404. View scoped, so that the forms post back to the tool they were shown for.
 */
@Named
@ViewScoped
public class ToolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SELF = "/catalogue/tool?faces-redirect=true&includeViewParams=true";

    /** The key facts at the top of the page, in this order (as the comparison shows them). */
    private static final List<Facet> KEY_FACTS =
            List.of(
                    Facet.PURPOSE,
                    Facet.DATA,
                    Facet.DEPLOYMENT,
                    Facet.OS,
                    Facet.COST,
                    Facet.STAGE,
                    Facet.INTERFACE_LANGUAGE,
                    Facet.ANALYSED_LANGUAGE,
                    Facet.REGION,
                    Facet.VALIDATION);

    private transient BarChart ratingChart;
    private transient ToolFacts facts;
    private transient Feedback mine;
    private transient boolean mineRead;

    @EJB CatalogueService catalogue;
    @EJB FeedbackService feedbackService;
    @EJB ConcernService concernService;
    @EJB SelectionService selection;
    @EJB LearningService learning;
    @Inject org.globalhub.web.shell.LocaleBacking locale;

    private Long id;

    /** Entities are not serializable: after a session passivation the page loads them again. */
    private transient ToolProfile profile;

    private boolean notFound;

    private Integer rating;
    private String comment;
    private ConcernReason concernReason;
    private String concernDetails;
    private String concernEvidence;

    /**
     * The page's view action: a missing, malformed or unknown id leaves the "not found" message.
     */
    public void load() {
        try {
            if (id == null) {
                throw new ToolNotFoundException("?");
            }
            profile = catalogue.profile(id, locale.getLanguage());
            notFound = false;
        } catch (BusinessException e) {
            notFound = true;
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public ToolProfile getProfile() {
        if (profile == null && !notFound) {
            load();
        }
        return profile;
    }

    public String submitFeedback() {
        return backTo(
                Messages.attempt(
                        () -> feedbackService.submit(id, rating == null ? 0 : rating, comment),
                        "feedback.thanks",
                        SELF),
                "feedback");
    }

    /**
     * After a form's success, the same page again at that form's section (the agent stays where
     * they were, and sees the result there); after a refusal, the page as it was (null).
     */
    private String backTo(String outcome, String section) {
        if (outcome == null) {
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(
                    external.getRequestContextPath()
                            + "/catalogue/tool.xhtml?id="
                            + id
                            + "#"
                            + section);
        } catch (java.io.IOException e) {
            return outcome;
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    /** The agent's own feedback on this tool that still counts (waiting or published), or null. */
    public Feedback getMine() {
        if (!mineRead && id != null) {
            mine = feedbackService.mine(id);
            mineRead = true;
        }
        return mine;
    }

    /** The learning modules that matter for this tool's purposes (and those for every tool). */
    public List<LearningContent.Module> getLearningModules() {
        return getProfile() == null
                ? List.of()
                : learning.modulesFor(
                        getProfile().tool().getPurposes().stream()
                                .map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet()),
                        Messages.language());
    }

    public boolean isFavourite() {
        return id != null && selection.isFavourite(id);
    }

    public String toggleFavourite() {
        return Messages.attempt(
                () -> selection.toggleFavourite(id), "selection.favouriteChanged", SELF);
    }

    public String reportConcern() {
        return backTo(
                Messages.attempt(
                        () ->
                                concernService.report(
                                        id, concernReason, concernDetails, concernEvidence),
                        "concern.thanks",
                        SELF),
                "concern");
    }

    public boolean isNotFound() {
        return notFound;
    }

    public ConcernReason[] getConcernReasons() {
        return ConcernReason.values();
    }

    public int getMaxComment() {
        return Feedback.MAX_COMMENT;
    }

    public int getMaxDetails() {
        return Concern.MAX_DETAILS;
    }

    public int getMaxEvidence() {
        return Concern.MAX_EVIDENCE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    /** The choices of the feedback form's rating, from one star to five. */
    public List<Integer> getRatingChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    /** "4 stars", in the page's language and with its plural rules. */
    /** The tool's key facts (published tools; null for others, which show no panel). */
    public ToolFacts getFacts() {
        if (facts == null && getProfile() != null && id != null) {
            facts = selection.compare(List.of(id)).tools().stream().findFirst().orElse(null);
        }
        return facts;
    }

    /** The key facts the provider stated, in the panel's order. */
    public List<Facet> getKeyFacts() {
        return KEY_FACTS.stream().filter(f -> !unstated(f)).toList();
    }

    /**
     * The key facts the provider did not state: one line under the others ("Not stated: cost,
     * stage"), rather than a long column of "Not stated" on a phone.
     */
    public List<Facet> getUnstatedKeyFacts() {
        return KEY_FACTS.stream().filter(this::unstated).toList();
    }

    private boolean unstated(Facet facet) {
        java.util.Set<String> values =
                getFacts() == null ? java.util.Set.of() : getFacts().get(facet);
        return values.isEmpty() || values.equals(java.util.Set.of(Facet.UNKNOWN));
    }

    /** How many of both questionnaires' questions the provider answered, and of how many. */
    public long[] getCompleteness() {
        var sections = new java.util.ArrayList<>(getProfile().technical());
        sections.addAll(getProfile().ethics());
        long total = sections.stream().mapToLong(q -> q.answers().size()).sum();
        long open = sections.stream().mapToLong(q -> q.unansweredCount()).sum();
        return new long[] {total - open, total};
    }

    /** How many agents gave each number of stars (published feedback), five stars first. */
    public BarChart getRatingChart() {
        if (ratingChart == null && getProfile() != null) {
            var feedback = getProfile().feedback();
            List<Bar> bars = new java.util.ArrayList<>();
            for (int stars = 5; stars >= 1; stars--) {
                int given = stars;
                bars.add(
                        new Bar(
                                starsLabel(stars),
                                feedback.stream().filter(f -> f.rating() == given).count()));
            }
            ratingChart = Charts.bars("ratingChart", "feedback.distribution", bars);
        }
        return ratingChart;
    }

    public String starsLabel(int stars) {
        return Messages.text("feedback.stars", stars);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public ConcernReason getConcernReason() {
        return concernReason;
    }

    public void setConcernReason(ConcernReason concernReason) {
        this.concernReason = concernReason;
    }

    public String getConcernDetails() {
        return concernDetails;
    }

    public void setConcernDetails(String concernDetails) {
        this.concernDetails = concernDetails;
    }

    public String getConcernEvidence() {
        return concernEvidence;
    }

    public void setConcernEvidence(String concernEvidence) {
        this.concernEvidence = concernEvidence;
    }
}
