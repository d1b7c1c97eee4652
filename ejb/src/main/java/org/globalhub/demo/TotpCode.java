package org.globalhub.demo;

import java.time.Clock;
import java.time.Instant;
import org.globalhub.identity.control.Totp;

/**
 * Command line: prints the current TOTP code of a Base32 secret (used by demo-totp.sh). Outside the
 * container, so its clock is the system's (the one {@code HubClock} also gives), asked once.
 */
public final class TotpCode {

    private TotpCode() {}

    public static void main(String[] args) {
        System.out.println(line(args[0], Clock.systemUTC()));
    }

    /** The code of {@code secret} at the clock's instant, and how long it stays valid. */
    static String line(String secret, Clock clock) {
        Instant now = clock.instant();
        long secondsLeft = Totp.STEP_SECONDS - now.getEpochSecond() % Totp.STEP_SECONDS;
        return Totp.code(secret, Totp.step(now))
                + "   (valid for "
                + secondsLeft
                + " more seconds)";
    }
}
