package org.globalhub.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A column that holds a secret sealed by {@link SecretCipher}: the entity sees the clear text, the
 * database only the sealed value.
 */
@Converter
public class SealedSecret implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String clear) {
        return clear == null ? null : SecretCipher.hub().seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealed == null ? null : SecretCipher.hub().open(sealed);
    }
}
