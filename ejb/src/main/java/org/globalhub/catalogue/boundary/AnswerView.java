package org.globalhub.catalogue.boundary;

import java.util.Arrays;
import java.util.List;
import org.globalhub.catalogue.entity.Question;

/**
 * A question with the tool's answer, or with none: then the page says "not answered", never hides
 * it.
 */
public record AnswerView(Question question, String answer) {

    public boolean isAnswered() {
        return answer != null;
    }

    /** The codes of a choice answer, to be shown with their translated labels. */
    public List<String> codes() {
        return answer == null ? List.of() : Arrays.asList(answer.split(","));
    }
}
