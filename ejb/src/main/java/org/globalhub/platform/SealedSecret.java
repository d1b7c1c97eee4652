package org.globalhub.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A column that holds a secret sealed by {@link SecretCipher}: the entity sees the clear text, the
 * database only the sealed value.
 */
@Converter
public class SealedSecret implements AttributeConverter<String, String> {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(SealedSecret.class.getName());

    /**
     * A value that is still sealed (one this server could not open) is written back as it was: a
     * TOTP seed is Base32 and never looks sealed.
     */
    @Override
    public String convertToDatabaseColumn(String clear) {
        return clear == null || SecretCipher.isSealed(clear)
                ? clear
                : SecretCipher.hub().seal(clear);
    }

    /**
     * A value this server cannot open (sealed with a key it does not have: a lost key, a backup
     * from before a rotation, a cluster node with another key) stays sealed: it matches no code, so
     * only that person's second step fails, while everything else about the account works; the log
     * says so. It is never cleared, which would let the password alone enrol a new authenticator.
     */
    @Override
    public String convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return SecretCipher.hub().open(sealed);
        } catch (IllegalStateException e) {
            LOG.warning(() -> "A sealed secret does not open on this server: " + e.getMessage());
            return sealed;
        }
    }
}
