package org.globalhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String OLD = "11".repeat(32);
    private static final String NEW = "22".repeat(32);
    private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void aSealedSecretOpensAndNeverShowsItsClearText() {
        SecretCipher cipher = new SecretCipher(OLD, null);
        String sealed = cipher.seal(SEED);
        assertTrue(SecretCipher.isSealed(sealed));
        assertFalse(sealed.contains(SEED));
        assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
        assertNotEquals(sealed, cipher.seal(SEED), "a fresh nonce every time");
        assertEquals(SEED, cipher.open(sealed));
        assertEquals(null, cipher.seal(null));
    }

    @Test
    void anAlteredValueOrAClearOneIsRefused() {
        SecretCipher cipher = new SecretCipher(OLD, null);
        String sealed = cipher.seal(SEED);
        char last = sealed.charAt(sealed.length() - 3);
        String altered =
                sealed.substring(0, sealed.length() - 3)
                        + (last == 'A' ? 'B' : 'A')
                        + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalStateException.class, () -> cipher.open(altered));
        assertThrows(IllegalStateException.class, () -> cipher.open(SEED));
        assertThrows(
                IllegalStateException.class,
                () -> new SecretCipher(NEW, null).open(sealed),
                "another key does not open it");
    }

    @Test
    void afterARotationThePreviousKeyStillOpensWhatItSealedUntilReSealed() {
        String sealedBefore = new SecretCipher(OLD, null).seal(SEED);
        SecretCipher rotated = new SecretCipher(NEW, OLD);
        assertFalse(rotated.sealedWithCurrentKey(sealedBefore), "due to be re-sealed");
        assertEquals(SEED, rotated.open(sealedBefore));
        String resealed = rotated.seal(rotated.open(sealedBefore));
        assertTrue(rotated.sealedWithCurrentKey(resealed));
        assertEquals(SEED, new SecretCipher(NEW, null).open(resealed));
    }
}
