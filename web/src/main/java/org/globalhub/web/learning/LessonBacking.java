package org.globalhub.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.learning.boundary.LearningService;
import org.globalhub.learning.boundary.LearningService.CheckResult;
import org.globalhub.learning.boundary.LearningService.LessonView;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.Messages;

/**
 * One lesson ({@code /learning/lesson.xhtml?id=...}): its text, its questions, the check of the
 * answers.
 */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB LearningService learning;

    private String id;
    private transient LessonView view;
    private boolean notFound;

    /** The chosen option per question ("q0", "q1", ...), as the radio buttons post it. */
    private final Map<String, String> answers = new HashMap<>();

    private CheckResult result;

    public void load() {
        try {
            view = learning.lesson(id, Messages.language());
            notFound = false;
        } catch (BusinessException e) {
            notFound = true;
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public LessonView getView() {
        if (view == null && !notFound) {
            load();
        }
        return view;
    }

    public String check() {
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < getView().lesson().checks().size(); i++) {
            String chosen = answers.get("q" + i);
            given.add(chosen != null && chosen.matches("[1-9]") ? Integer.valueOf(chosen) : null);
        }
        try {
            result = learning.check(id, given);
            Messages.info(
                    result.correct().stream().allMatch(Boolean::booleanValue)
                            ? "lesson.completed"
                            : "lesson.notYet");
            view = learning.lesson(id, Messages.language());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return null;
    }

    /** After a check: null before, else whether question {@code index} was answered right. */
    public Boolean right(int index) {
        return result == null ? null : result.correct().get(index);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public CheckResult getResult() {
        return result;
    }
}
