package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/**
 * Accounts after approval ({@code /curation/accounts.xhtml}): suspension, second-factor reset,
 * roles.
 */
@Named
@RequestScoped
public class AccountsBacking {

    private static final String SELF =
            "/curation/accounts?faces-redirect=true&includeViewParams=true";

    @EJB AccountService accounts;

    private final ListAddress address = new ListAddress();
    private List<Account> due;
    private final Map<Long, String> reasons = new HashMap<>();

    /** This page of the list (search, status and page come from the address). */
    public ListPage<Account> getAccountPage() {
        return address.page(
                (search, page) ->
                        accounts.accounts(search, address.status(AccountStatus.class), page));
    }

    /** The list's search, status and page, as the address has them. */
    public ListAddress getAddress() {
        return address;
    }

    public List<Account> getAll() {
        return getAccountPage().items();
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
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
