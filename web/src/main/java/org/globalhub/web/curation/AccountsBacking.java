package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.identity.entity.Account;
import org.globalhub.web.shell.Messages;

/**
 * Accounts after approval ({@code /curation/accounts.xhtml}): suspension, second-factor reset,
 * roles.
 */
@Named
@RequestScoped
public class AccountsBacking {

    private static final String SELF = "/curation/accounts?faces-redirect=true";

    @EJB AccountService accounts;

    private List<Account> all;
    private List<Account> due;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<Account> getAll() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public List<Account> getDue() {
        if (due == null) {
            due = accounts.dueForReverification();
        }
        return due;
    }

    /** Whether the caller may act on this account (the service checks again on every action). */
    public boolean mayChange(Account account) {
        return accounts.callerMayChange(account);
    }

    public String suspend(long id) {
        return Messages.attempt(
                () -> accounts.suspend(id, reasons.get(id)), "accounts.done.suspended", SELF);
    }

    public String reinstate(long id) {
        return Messages.attempt(
                () -> accounts.reinstate(id, reasons.get(id)), "accounts.done.reinstated", SELF);
    }

    public String resetSecondFactor(long id) {
        return Messages.attempt(
                () -> accounts.resetSecondFactor(id, reasons.get(id)),
                "accounts.done.mfaReset",
                SELF);
    }

    public String grant(long id, String role) {
        return Messages.attempt(() -> accounts.grant(id, role), "accounts.done.roles", SELF);
    }

    public String revoke(long id, String role) {
        return Messages.attempt(() -> accounts.revoke(id, role), "accounts.done.roles", SELF);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
