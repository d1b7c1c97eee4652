package org.globalhub.catalogue.boundary;

import java.util.Arrays;
import java.util.List;
import org.globalhub.catalogue.entity.Question;

/**
 * A question with the tool's answer, or with none: then the page says "not answered", never hides
 * it. {@code language} is the language of a free-text answer as shown (the reader's where given,
 * else the original; null for choices); {@code changed} marks an answer the latest version changed;
 * {@code earlierWording} one given to an earlier wording of the question.
 */
public record AnswerView(
        Question question,
        String answer,
        String language,
        boolean changed,
        boolean earlierWording) {

    public AnswerView(Question question, String answer) {
        this(question, answer, null, false, false);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    /** The codes of a choice answer, to be shown with their translated labels. */
    public List<String> codes() {
        return answer == null ? List.of() : Arrays.asList(answer.split(","));
    }
}
