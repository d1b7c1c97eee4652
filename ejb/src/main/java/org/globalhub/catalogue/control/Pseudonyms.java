package org.globalhub.catalogue.control;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.globalhub.platform.HubSecret;

/**
 * How agents see who wrote a feedback: a pseudonym that is stable for one person on one tool and
 * cannot be linked across tools (an HMAC of author and tool under a key the Hub made for itself,
 * {@link HubSecret}). Curators see the author; the person sees "you".
 */
public final class Pseudonyms {

    static final String KEY_NAME = "feedback-pseudonyms";

    private final byte[] key;

    public Pseudonyms(EntityManager em, Instant now) {
        this.key = HexFormat.of().parseHex(secret(em, now));
    }

    Pseudonyms(byte[] key) {
        this.key = key.clone();
    }

    /** "Agent 4f9a2c": the same for this author on this tool, different on every other tool. */
    public String of(String author, long toolId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((author + "|" + toolId).getBytes(StandardCharsets.UTF_8));
            return "Agent " + HexFormat.of().formatHex(digest, 0, 3);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /**
     * The key, made once with a secure random (the first server to need it stores it; the others
     * read it).
     */
    private static String secret(EntityManager em, Instant now) {
        HubSecret existing = em.find(HubSecret.class, KEY_NAME);
        if (existing != null) {
            return existing.getSecret();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        em.persist(new HubSecret(KEY_NAME, made, now));
        em.flush();
        return made;
    }
}
