package org.globalhub.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void aSecurityLogValueIsOneTokenWhateverItHolds() {
        assertEquals("\"a \\\"b\\\" \\\\ c\"", AuditTrail.quoted("a \"b\" \\ c"));
        assertEquals(
                "\"x\\u000a\\u0009y\\u2028z\\u001b\"",
                AuditTrail.quoted("x\n\ty\u2028z\u001b"),
                "line breaks, tabs, line separators and escapes cannot split or colour the line");
        assertEquals("-", AuditTrail.quoted(null));
    }

    @Test
    void theNameTypedAtAFailedLoginNeverReachesTheLogFile() {
        assertEquals(
                "bad password from 192.0.2.7",
                AuditTrail.withoutNameTried(
                        "bad password from 192.0.2.7 (name tried: my-secret-passw)"));
        assertEquals("locked from 192.0.2.7", AuditTrail.withoutNameTried("locked from 192.0.2.7"));
    }
}
