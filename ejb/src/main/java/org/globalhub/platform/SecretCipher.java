package org.globalhub.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Seals the Hub's secrets at rest (the authenticators' TOTP seeds) with AES-256-GCM under a key
 * kept outside the database: in the Hub's Elytron credential store, from which WildFly decrypts it
 * into the JNDI binding {@value #KEY} ({@code wildfly-config/hub-secrets.sh} makes it once). A
 * sealed value names its key ({@code v1:<key id>:<nonce and ciphertext>}), so that after a rotation
 * the previous key ({@value #PREVIOUS_KEY}) still opens what it sealed until everything is
 * re-sealed.
 */
public final class SecretCipher {

    public static final String KEY = "java:global/hub/secret/at-rest-key";
    public static final String PREVIOUS_KEY = "java:global/hub/secret/at-rest-key-previous";

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SecretCipher hub;

    private final SecretKeySpec current;
    private final String currentId;
    private final SecretKeySpec previous;
    private final String previousId;

    /** Keys as 64 hexadecimal digits (256 bits); {@code previousHex} may be null. */
    public SecretCipher(String currentHex, String previousHex) {
        this.current = key(currentHex);
        this.currentId = id(current);
        this.previous = previousHex == null ? null : key(previousHex);
        this.previousId = previous == null ? null : id(previous);
    }

    /**
     * The server's cipher, from its JNDI bindings; fails with what IT staff must do when the key is
     * missing.
     */
    public static SecretCipher hub() {
        SecretCipher cipher = hub;
        if (cipher == null) {
            String currentHex = lookup(KEY);
            if (currentHex == null) {
                throw new IllegalStateException(
                        "The Hub's key for secrets at rest is missing (JNDI "
                                + KEY
                                + "): run wildfly-config/hub-secrets.sh on this server (README, IT step 3),"
                                + " then deploy again");
            }
            cipher = new SecretCipher(currentHex, lookup(PREVIOUS_KEY));
            hub = cipher;
        }
        return cipher;
    }

    /** Sealed with the current key; null stays null. */
    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(currentId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return FORMAT
                    + currentId
                    + ":"
                    + Base64.getEncoder()
                            .encodeToString(
                                    ByteBuffer.allocate(nonce.length + sealed.length)
                                            .put(nonce)
                                            .put(sealed)
                                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** The clear text of a sealed value; null stays null. A value that is not sealed is refused. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!isSealed(sealed)) {
            throw new IllegalStateException("A secret in the database is not sealed");
        }
        String id = sealed.substring(FORMAT.length(), sealed.indexOf(':', FORMAT.length()));
        SecretKeySpec key =
                id.equals(currentId) ? current : id.equals(previousId) ? previous : null;
        if (key == null) {
            throw new IllegalStateException(
                    "A secret was sealed with key "
                            + id
                            + ", which this server does not have (current "
                            + currentId
                            + ")");
        }
        byte[] bytes =
                Base64.getDecoder().decode(sealed.substring(FORMAT.length() + id.length() + 1));
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            aes.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
            return new String(
                    aes.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A sealed secret does not open: altered or wrong key", e);
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(FORMAT) && value.indexOf(':', FORMAT.length()) > 0;
    }

    /** Whether the value was sealed with the current key (else it is due to be re-sealed). */
    public boolean sealedWithCurrentKey(String value) {
        return isSealed(value) && value.startsWith(FORMAT + currentId + ":");
    }

    private static SecretKeySpec key(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("The key for secrets at rest must be 256 bits");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A short public name of a key: the start of its SHA-256, never the key itself. */
    private static String id(SecretKeySpec key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String lookup(String name) {
        try {
            Object value = InitialContext.doLookup(name);
            return value == null ? null : value.toString();
        } catch (NamingException e) {
            return null;
        }
    }
}
