package org.globalhub.batch.retentionpurge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.globalhub.privacy.entity.RetentionCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgeParametersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z");

    @AfterEach
    void clockOverrideOff() {
        System.clearProperty(PurgeParameters.CLOCK_OVERRIDE);
    }

    @Test
    void noParametersMeanARealRunOfEveryCategoryNowStartedFromTheCli() {
        PurgeParameters p = PurgeParameters.parse(null, null, null, null, NOW);
        assertFalse(p.dryRun());
        assertEquals(List.of(RetentionCategory.values()), p.categories());
        assertEquals("cli", p.startedBy());
        assertEquals(NOW, p.asOf());
    }

    @Test
    void categoriesAreChosenByNameInAnyCaseAndRunInPolicyOrder() {
        PurgeParameters p = PurgeParameters.parse("TRUE", "audit_event, unverified_registration", "admin@hub.example", "", NOW);
        assertTrue(p.dryRun());
        assertEquals(List.of(RetentionCategory.UNVERIFIED_REGISTRATION, RetentionCategory.AUDIT_EVENT), p.categories());
    }

    @Test
    void nonsenseIsRefusedWithAMessageThatSaysWhatIsAllowed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PurgeParameters.parse("false", "EVERYTHING", null, null, NOW));
        assertTrue(unknown.getMessage().contains("AUDIT_EVENT"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PurgeParameters.parse("yes", null, null, null, NOW));
    }

    @Test
    void theClockCanBeMovedOnlyWhereTheServerAllowsIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PurgeParameters.parse("false", null, null, "2030-01-01T00:00:00Z", NOW));
        assertTrue(refused.getMessage().contains(PurgeParameters.CLOCK_OVERRIDE));
        System.setProperty(PurgeParameters.CLOCK_OVERRIDE, "true");
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), PurgeParameters.parse("false", null, null, "2030-01-01T00:00:00Z", NOW).asOf());
        assertThrows(IllegalArgumentException.class, () -> PurgeParameters.parse("false", null, null, "next year", NOW));
    }
}
