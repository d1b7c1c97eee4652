package org.globalhub.catalogue.boundary;

import java.util.List;
import org.globalhub.catalogue.entity.QuestionnaireKind;

/** The answers to one section of a questionnaire, in the questionnaire's order. */
public record QuestionnaireSection(
        QuestionnaireKind questionnaire, String code, List<AnswerView> answers) {

    public long unansweredCount() {
        return answers.stream().filter(a -> !a.isAnswered()).count();
    }
}
