package org.globalhub.catalogue.boundary;

import java.util.List;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.Tool;

/**
 * Everything the tool page shows. For a removed or suspended tool seen by an agent, only the notice
 * fields are filled: {@code contentVisible} is false and the lists are empty.
 */
public record ToolProfile(Tool tool, boolean contentVisible, List<QuestionnaireSection> technical,
                          List<QuestionnaireSection> ethics, List<Feedback> feedback, Double averageRating,
                          boolean callerMayGiveFeedback) {
}
