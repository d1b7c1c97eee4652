package org.globalhub.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z");

    @Test
    void aPeriodStaysWithinTheBoundsOfItsCategory() {
        RetentionRule rule = new RetentionRule(RetentionCategory.AUDIT_EVENT, 730, "system", NOW);
        InvalidInputException tooShort =
                assertThrows(InvalidInputException.class, () -> rule.change(364, "admin", NOW));
        assertEquals(java.util.List.of(365, 3650), tooShort.arguments());
        assertThrows(InvalidInputException.class, () -> rule.change(3651, "admin", NOW));
        rule.change(365, "admin", NOW);
        assertEquals(365, rule.getDays());
        assertEquals("admin", rule.getChangedBy());
    }

    @Test
    void dataOlderThanThePeriodHasExpired() {
        RetentionRule rule =
                new RetentionRule(RetentionCategory.UNVERIFIED_REGISTRATION, 7, "system", NOW);
        assertEquals(Instant.parse("2026-11-18T02:30:00Z"), rule.cutoff(NOW));
    }

    @Test
    void aReportAddsUpItsCountsPerCategoryAndAction() {
        PurgeRun run = new PurgeRun(1, false, NOW, "schedule", NOW);
        run.count(RetentionCategory.AUDIT_EVENT, PurgeAction.DELETED, 5000);
        run.count(RetentionCategory.AUDIT_EVENT, PurgeAction.DELETED, 120);
        run.count(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.WARNED, 2);
        assertEquals(5120, run.countOf(RetentionCategory.AUDIT_EVENT, PurgeAction.DELETED));
        assertEquals(0, run.countOf(RetentionCategory.INACTIVE_ACCOUNT, PurgeAction.DELETED));
        assertEquals(2, run.getCounts().size());
    }
}
