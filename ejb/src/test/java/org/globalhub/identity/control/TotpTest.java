package org.globalhub.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /**
     * RFC 6238 appendix B: secret "12345678901234567890", SHA-1; the 6 last digits of the 8-digit
     * values.
     */
    private static final String RFC_SECRET =
            Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchTheRfc6238TestVectors() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertEquals(
                step - 1,
                Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now).orElseThrow());
        assertEquals(
                step + 1,
                Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now).orElseThrow());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "12345", now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "<script>", now).isEmpty());
    }

    @Test
    void newSecretsAreRandomBase32OfOneHundredSixtyBits() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(20, Base32.decode(secret).length);
        assertTrue(!secret.equals(Totp.newSecret()));
        assertTrue(
                Totp.uri("Global Hub", "a@b.example", secret)
                        .startsWith("otpauth://totp/Global%20Hub%3Aa%40b.example?secret="));
    }
}
