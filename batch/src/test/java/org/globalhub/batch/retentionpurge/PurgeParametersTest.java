package org.globalhub.batch.retentionpurge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.globalhub.privacy.entity.RetentionCategory;
import org.junit.jupiter.api.Test;

class PurgeParametersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z");

    @Test
    void noParametersMeanARealRunOfEveryCategoryNowStartedFromTheCli() {
        PurgeParameters p = PurgeParameters.parse(null, null, null, NOW);
        assertFalse(p.dryRun());
        assertEquals(List.of(RetentionCategory.values()), p.categories());
        assertEquals("cli", p.startedBy());
        assertEquals(NOW, p.asOf());
    }

    @Test
    void categoriesAreChosenByNameInAnyCaseAndRunInPolicyOrder() {
        PurgeParameters p =
                PurgeParameters.parse(
                        "TRUE", "audit_event, unverified_registration", "admin@hub.example", NOW);
        assertTrue(p.dryRun());
        assertEquals(
                List.of(RetentionCategory.UNVERIFIED_REGISTRATION, RetentionCategory.AUDIT_EVENT),
                p.categories());
    }

    @Test
    void nonsenseIsRefusedWithAMessageThatSaysWhatIsAllowed() {
        IllegalArgumentException unknown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PurgeParameters.parse("false", "EVERYTHING", null, NOW));
        assertTrue(unknown.getMessage().contains("AUDIT_EVENT"), unknown.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PurgeParameters.parse("yes", null, null, NOW));
    }
}
