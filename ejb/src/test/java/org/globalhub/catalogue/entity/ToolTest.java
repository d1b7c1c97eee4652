package org.globalhub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ToolTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    static Tool draft() {
        Provider provider =
                new Provider("Example Lab", ProviderType.ACADEMIA, "ke", UnRegion.AFRICA, null);
        Tool tool = new Tool("Example Triage", "Sorts seized pictures.", provider, NOW);
        tool.label(
                EnumSet.of(Purpose.MEDIA_TRIAGE),
                EnumSet.of(Technology.IMAGE),
                EnumSet.noneOf(InvestigationPhase.class));
        return tool;
    }

    @Test
    void newToolIsADraftAndNotListed() {
        Tool tool = draft();
        assertEquals(ToolStatus.DRAFT, tool.getStatus());
        assertFalse(tool.isListed());
    }

    @Test
    void publishedToolIsListedAndSuspensionNeedsAReason() {
        Tool tool = draft();
        tool.publish(NOW);
        assertTrue(tool.isListed());
        assertThrows(InvalidInputException.class, () -> tool.suspend("  ", NOW));
        tool.suspend("Checking a report", NOW);
        assertEquals(ToolStatus.SUSPENDED, tool.getStatus());
        assertEquals("Checking a report", tool.getStatusReason());
        tool.reinstate(NOW);
        assertTrue(tool.isListed());
        assertEquals(null, tool.getStatusReason());
    }

    @Test
    void removalNeedsAReasonAndIsFinal() {
        Tool tool = draft();
        tool.publish(NOW);
        InvalidInputException noReason =
                assertThrows(InvalidInputException.class, () -> tool.remove(null, NOW));
        assertEquals("error.required", noReason.messageKey());
        tool.remove("Unlawful training data", NOW);
        assertEquals(ToolStatus.REMOVED, tool.getStatus());
        assertFalse(tool.isListed());
        assertThrows(InvalidInputException.class, () -> tool.remove("again", NOW));
        assertThrows(InvalidInputException.class, () -> tool.reinstate(NOW));
        assertThrows(InvalidInputException.class, () -> tool.publish(NOW));
    }

    @Test
    void draftCannotBeSuspendedNorPublishedTwice() {
        Tool tool = draft();
        assertThrows(InvalidInputException.class, () -> tool.suspend("why", NOW));
        tool.publish(NOW);
        assertThrows(InvalidInputException.class, () -> tool.publish(NOW));
    }

    @Test
    void overLongReasonIsRefusedWithItsLimit() {
        Tool tool = draft();
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> tool.remove("x".repeat(2001), NOW));
        assertEquals("error.tooLong", e.messageKey());
        assertEquals(2000, e.arguments().get(1));
    }

    @Test
    void unknownLanguageAndCountryCodesAreRefused() {
        Tool tool = draft();
        assertThrows(InvalidInputException.class, () -> tool.speaks(Set.of("xx-not"), Set.of()));
        tool.speaks(Set.of("EN", " fr"), Set.of("ar"));
        assertEquals(Set.of("en", "fr"), tool.getInterfaceLanguages());
        assertThrows(
                InvalidInputException.class,
                () -> new Provider("P", ProviderType.COMPANY, "ZZ", UnRegion.AFRICA, null));
    }
}
