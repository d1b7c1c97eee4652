package org.globalhub.demo;

import java.time.Instant;
import org.globalhub.identity.control.Totp;

/** Command line: prints the current TOTP code of a Base32 secret (used by demo-totp.sh). */
public final class TotpCode {

    private TotpCode() {}

    public static void main(String[] args) {
        long step = Totp.step(Instant.now());
        long secondsLeft = Totp.STEP_SECONDS - Instant.now().getEpochSecond() % Totp.STEP_SECONDS;
        System.out.println(
                Totp.code(args[0], step) + "   (valid for " + secondsLeft + " more seconds)");
    }
}
