package org.globalhub.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.globalhub.identity.Roles;
import org.globalhub.platform.SecretCipher;

/**
 * At start-up, after the schema migration: every TOTP seed that is not sealed with the current key
 * (seeds from before sealing, and seeds sealed with the previous key after a rotation) is sealed
 * with it. Idempotent, so every server of a cluster may run it; the log says what it did.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

    @PersistenceContext EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void atStart() {
        sealAll();
    }

    /** Seals what is not sealed with the current key; returns how many accounts it changed. */
    @RolesAllowed(Roles.ADMINISTRATOR) // at start-up without a caller; a call is an administrator's
    public int sealAll() {
        SecretCipher cipher = SecretCipher.hub();
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT id, totp_secret, pending_totp_secret FROM account"
                                        + " WHERE totp_secret IS NOT NULL OR pending_totp_secret IS NOT NULL")
                        .getResultList();
        int sealed = 0;
        int unopened = 0;
        for (Object[] row : rows) {
            String secret = (String) row[1];
            String pending = (String) row[2];
            if (current(cipher, secret) && current(cipher, pending)) {
                continue;
            }
            String newSecret;
            String newPending;
            try {
                newSecret = reseal(cipher, secret);
                newPending = reseal(cipher, pending);
            } catch (IllegalStateException e) {
                // Sealed with a key this server does not have: left as it is (see SealedSecret).
                unopened++;
                LOG.warning("Secrets at rest: account " + row[0] + " has a seed no key here opens");
                continue;
            }
            // Only if nobody changed the seeds meanwhile (another server resetting an
            // authenticator).
            sealed +=
                    em.createNativeQuery(
                                    "UPDATE account SET totp_secret = ?1, pending_totp_secret = ?2 WHERE id = ?3"
                                            + " AND totp_secret IS NOT DISTINCT FROM CAST(?4 AS VARCHAR(200))"
                                            + " AND pending_totp_secret IS NOT DISTINCT FROM CAST(?5 AS VARCHAR(200))")
                            .setParameter(1, newSecret)
                            .setParameter(2, newPending)
                            .setParameter(3, ((Number) row[0]).longValue())
                            .setParameter(4, secret)
                            .setParameter(5, pending)
                            .executeUpdate();
        }
        int left = unopened;
        int done = sealed;
        LOG.info(
                () ->
                        "Secrets at rest: "
                                + done
                                + " accounts' TOTP seeds sealed or re-sealed with the current key, "
                                + rows.size()
                                + " with seeds in all; "
                                + left
                                + " that no key of this server opens");
        return done;
    }

    private static boolean current(SecretCipher cipher, String value) {
        return value == null || cipher.sealedWithCurrentKey(value);
    }

    private static String reseal(SecretCipher cipher, String value) {
        if (value == null || cipher.sealedWithCurrentKey(value)) {
            return value;
        }
        return cipher.seal(SecretCipher.isSealed(value) ? cipher.open(value) : value);
    }
}
