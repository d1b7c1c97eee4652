package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.RecoveryCode;

/**
 * Ten new recovery codes for an account, replacing the old ones: returned once, stored only as
 * hashes.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;

    private RecoveryCodes() {}

    public static List<String> renew(EntityManager em, Account account) {
        em.createNamedQuery("RecoveryCode.deleteFor")
                .setParameter("account", account)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = Secrets.recoveryCode();
            codes.add(code);
            em.persist(new RecoveryCode(Secrets.sha256(code), account));
        }
        return codes;
    }
}
