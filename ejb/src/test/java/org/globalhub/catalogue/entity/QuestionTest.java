package org.globalhub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static Question of(AnswerType type, String options) {
        return new Question("q.test", QuestionnaireKind.TECHNICAL, "S", 1, type, options, 1);
    }

    @Test
    void choiceAnswersMustBeAmongTheOptions() {
        Question deployment = of(AnswerType.MULTI_CHOICE, "on-premises,air-gapped,cloud");
        assertEquals("on-premises,cloud", deployment.normalise(" On-Premises , cloud,cloud"));
        assertThrows(InvalidInputException.class, () -> deployment.normalise("on-premises,moon"));
        Question stage = of(AnswerType.SINGLE_CHOICE, "pilot,production");
        assertEquals("pilot", stage.normalise("PILOT"));
        assertThrows(InvalidInputException.class, () -> stage.normalise("pilot,production"));
    }

    @Test
    void yesNoAndScaleAnswersAreChecked() {
        assertEquals("partly", of(AnswerType.YES_NO, null).normalise("Partly"));
        assertThrows(
                InvalidInputException.class, () -> of(AnswerType.YES_NO, null).normalise("maybe"));
        assertEquals("3", of(AnswerType.SCALE, null).normalise("3"));
        assertThrows(InvalidInputException.class, () -> of(AnswerType.SCALE, null).normalise("6"));
    }

    @Test
    void blankOrOverLongTextIsRefused() {
        Question text = of(AnswerType.TEXT, null);
        assertThrows(InvalidInputException.class, () -> text.normalise("   "));
        assertThrows(
                InvalidInputException.class,
                () -> text.normalise("a".repeat(Answer.MAX_LENGTH + 1)));
        assertEquals("<script>alert(1)</script>", text.normalise(" <script>alert(1)</script> "));
    }
}
