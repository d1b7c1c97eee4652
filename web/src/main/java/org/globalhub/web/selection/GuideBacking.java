package org.globalhub.web.selection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.FacetSelection;
import org.globalhub.selection.control.GuidedAnswers;
import org.globalhub.selection.control.GuidedSteps;

/**
 * The guided questions ({@code /selection/guide.xhtml}), one step a page. Each step is a plain GET
 * form that carries the earlier answers; "I don't know" moves on without an answer; the last step
 * leads to the shortlist. Which step comes next depends on the answers so far ({@link
 * GuidedSteps}).
 */
@Named
@RequestScoped
public class GuideBacking {

    @EJB SelectionService selection;

    private GuidedAnswers answers;
    private String step;

    @PostConstruct
    void read() {
        Map<String, String[]> parameters = QueryStrings.request();
        answers = GuidedAnswers.parse(parameters);
        String from = QueryStrings.parameter("from");
        String asked = QueryStrings.parameter("step");
        if (from != null && GuidedSteps.PARAMETERS.containsKey(from)) {
            step = GuidedSteps.after(from, answers);
        } else {
            step = asked != null && GuidedSteps.steps(answers).contains(asked) ? asked : "task";
        }
    }

    /** Null when the questions are done (the page then links to the shortlist). */
    public String getStep() {
        return step;
    }

    public int getStepNumber() {
        return GuidedSteps.steps(answers).indexOf(step) + 1;
    }

    public int getStepCount() {
        return GuidedSteps.steps(answers).size();
    }

    public boolean isLast() {
        return step != null && GuidedSteps.after(step, answers) == null;
    }

    /**
     * The earlier (and later) answers, as hidden fields of this step's form: all but this step's
     * own.
     */
    public List<String[]> getCarried() {
        List<String[]> carried = new ArrayList<>();
        String own = step == null ? "" : GuidedSteps.PARAMETERS.get(step);
        for (Map.Entry<String, String[]> entry : QueryStrings.parse(answers.toQuery()).entrySet()) {
            if (!entry.getKey().equals(own)) {
                carried.add(new String[] {entry.getKey(), entry.getValue()[0]});
            }
        }
        return carried;
    }

    public String getSkipLink() {
        Map<String, String[]> without = QueryStrings.parse(answers.toQuery());
        without.remove(GuidedSteps.PARAMETERS.get(step));
        String rest = GuidedAnswers.parse(without).toQuery();
        return isLast()
                ? "shortlist.xhtml?" + rest
                : "guide.xhtml?" + QueryStrings.join(rest, "from=" + step);
    }

    public String getBackLink() {
        String previous = step == null ? null : GuidedSteps.before(step, answers);
        return previous == null
                ? null
                : "guide.xhtml?" + QueryStrings.join(answers.toQuery(), "step=" + previous);
    }

    public String getShortlistLink() {
        return "shortlist.xhtml?" + answers.toQuery();
    }

    public List<String> getTasks() {
        return java.util.Arrays.stream(Purpose.values()).map(Enum::name).toList();
    }

    public List<String> getMaterial() {
        return GuidedSteps.materialFor(answers.tasks());
    }

    public List<String> getLanguages() {
        List<String> languages =
                new ArrayList<>(
                        selection
                                .find(
                                        FacetSelection.none(),
                                        org.globalhub.selection.control.ShortlistSort.MATCH,
                                        0,
                                        0,
                                        1)
                                .counts()
                                .get(Facet.ANALYSED_LANGUAGE)
                                .keySet());
        languages.remove(Facet.UNKNOWN);
        return languages;
    }

    public List<String> getWhere() {
        return GuidedAnswers.WHERE;
    }

    public List<String> getSystems() {
        return List.of("windows", "linux", "macos");
    }

    public List<String> getBudgets() {
        return GuidedAnswers.BUDGET;
    }

    public List<Integer> getSkillLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public boolean has(String parameter, String value) {
        String[] given = QueryStrings.parse(answers.toQuery()).get(parameter);
        return given != null && java.util.Arrays.asList(given[0].split(",")).contains(value);
    }

    public GuidedAnswers getAnswers() {
        return answers;
    }
}
