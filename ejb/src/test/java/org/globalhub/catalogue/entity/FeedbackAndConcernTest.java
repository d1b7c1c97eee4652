package org.globalhub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class FeedbackAndConcernTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void ratingIsOneToFiveAndCommentIsLimited() {
        Tool tool = ToolTest.draft();
        assertThrows(InvalidInputException.class, () -> new Feedback(tool, "agent", 0, "ok", NOW));
        assertThrows(InvalidInputException.class, () -> new Feedback(tool, "agent", 6, "ok", NOW));
        assertThrows(
                InvalidInputException.class,
                () -> new Feedback(tool, "agent", 4, "x".repeat(2001), NOW));
        assertEquals(FeedbackStatus.PENDING, new Feedback(tool, "agent", 4, null, NOW).getStatus());
    }

    @Test
    void feedbackIsModeratedOnceAndRejectionNeedsANote() {
        Feedback feedback = new Feedback(ToolTest.draft(), "agent", 4, "Useful", NOW);
        assertThrows(InvalidInputException.class, () -> feedback.reject("curator", " ", NOW));
        feedback.publish("curator", NOW);
        assertEquals(FeedbackStatus.PUBLISHED, feedback.getStatus());
        assertThrows(
                InvalidInputException.class, () -> feedback.reject("curator", "too late", NOW));
    }

    @Test
    void concernNeedsDetailsAndIsDecidedOnceWithAReason() {
        Tool tool = ToolTest.draft();
        assertThrows(
                InvalidInputException.class,
                () -> new Concern(tool, "agent", ConcernReason.LEGAL, "", null, NOW));
        assertThrows(
                InvalidInputException.class,
                () -> new Concern(tool, "agent", null, "details", null, NOW));
        Concern concern =
                new Concern(
                        tool,
                        "agent",
                        ConcernReason.LEGAL,
                        "Sold to private buyers",
                        "https://example.org",
                        NOW);
        assertThrows(
                InvalidInputException.class,
                () -> concern.decide(ConcernDecision.DISMISSED, "", "curator", NOW));
        assertThrows(
                InvalidInputException.class,
                () -> concern.decide(ConcernDecision.OPEN, "why", "curator", NOW));
        concern.decide(ConcernDecision.DISMISSED, "No evidence", "curator", NOW);
        assertEquals(ConcernDecision.DISMISSED, concern.getDecision());
        assertThrows(
                InvalidInputException.class,
                () -> concern.decide(ConcernDecision.TOOL_REMOVED, "x", "curator", NOW));
    }
}
