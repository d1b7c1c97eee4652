package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;

/** The security events for administrators ({@code /admin/audit.xhtml?q=...&page=...}). */
@Named
@RequestScoped
public class AuditBacking {

    @EJB AccountService accounts;

    private final ListAddress address = new ListAddress();

    /** This page of the events (search and page come from the address). */
    public ListPage<AuditEntry> getEventPage() {
        return address.page(accounts::securityEvents);
    }

    public List<AuditEntry> getEvents() {
        return getEventPage().items();
    }

    public String search() {
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    /** The search and page, as the address has them. */
    public ListAddress getAddress() {
        return address;
    }
}
