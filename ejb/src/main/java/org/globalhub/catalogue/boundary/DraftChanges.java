package org.globalhub.catalogue.boundary;

import java.util.Map;
import org.globalhub.catalogue.entity.ToolDescription;

/**
 * What an editor saves into a draft: the description (null leaves it as it is) and answers written
 * in one language, question id → text (blank takes an answer back; choice answers are
 * comma-separated codes).
 */
public record DraftChanges(
        ToolDescription description, String language, Map<String, String> answers) {

    public DraftChanges {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
