package org.globalhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpCodeTest {

    /** RFC 6238's test secret ("12345678901234567890"), in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void printsTheCodeOfTheClocksStepAndHowLongItLasts() {
        Clock at59 = Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC);
        assertEquals("287082   (valid for 1 more seconds)", TotpCode.line(RFC_SECRET, at59));
        Clock at31 = Clock.fixed(Instant.ofEpochSecond(31), ZoneOffset.UTC);
        assertEquals(
                "29", TotpCode.line(RFC_SECRET, at31).replaceAll(".*valid for (\\d+).*", "$1"));
    }
}
