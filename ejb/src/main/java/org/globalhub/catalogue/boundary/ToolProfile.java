package org.globalhub.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import org.globalhub.catalogue.entity.Tool;

/**
 * Everything the tool page shows. For a removed or suspended tool seen by an agent, only the notice
 * fields are filled: {@code contentVisible} is false and the lists are empty. {@code answersAsOf}
 * is the date of the published version, number {@code answersVersion} (null and 0 for a tool
 * without versions). {@code notConfirmedSince} is the last confirmation's date once its year is
 * over (null before).
 */
public record ToolProfile(
        Tool tool,
        boolean contentVisible,
        List<QuestionnaireSection> technical,
        List<QuestionnaireSection> ethics,
        List<FeedbackView> feedback,
        Double averageRating,
        boolean callerMayGiveFeedback,
        Instant answersAsOf,
        int answersVersion,
        Instant notConfirmedSince) {

    /**
     * A published feedback as the reader may see it: {@code author} is the writer's e-mail for
     * curators, a pseudonym for agents (stable on this tool only), and {@code mine} marks the
     * reader's own.
     */
    public record FeedbackView(
            int rating, String comment, String author, boolean mine, Instant createdAt) {}
}
