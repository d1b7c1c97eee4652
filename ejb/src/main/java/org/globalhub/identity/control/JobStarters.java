package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalhub.identity.entity.Account;

/**
 * How a person who starts a batch job is named in the job repository, which the Hub cannot erase
 * people from: "account-&lt;id&gt;", never the e-mail address. The Hub's own records resolve it
 * back to the address while the account exists (an erased account's id then names nobody). Callers
 * without a Hub account (the CLI, the schedule, the server's own realm) keep their name.
 */
public final class JobStarters {

    private static final Pattern ALIAS = Pattern.compile("account-(\\d{1,18})");

    private JobStarters() {}

    public static String aliasOf(EntityManager em, String caller) {
        return AccountLookup.findByEmail(em, caller)
                .map(a -> "account-" + a.getId())
                .orElse(caller);
    }

    /** The e-mail address behind an alias while its account exists; anything else as it is. */
    public static String resolve(EntityManager em, String startedBy) {
        Matcher alias = startedBy == null ? null : ALIAS.matcher(startedBy);
        if (alias == null || !alias.matches()) {
            return startedBy;
        }
        Account account = em.find(Account.class, Long.parseLong(alias.group(1)));
        return account == null ? startedBy : account.getEmail();
    }
}
