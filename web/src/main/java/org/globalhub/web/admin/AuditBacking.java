package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.Messages;

/** The security events for administrators ({@code /admin/audit.xhtml?q=...}). */
@Named
@RequestScoped
public class AuditBacking {

    @EJB AccountService accounts;

    private String query;
    private Integer page;
    private ListPage<AuditEntry> events;

    /** This page of the events (search and page come from the address). */
    public ListPage<AuditEntry> getEventPage() {
        if (events == null) {
            try {
                events = accounts.securityEvents(query, page == null ? 1 : page);
            } catch (BusinessException e) {
                Messages.error(e);
                events = accounts.securityEvents(null, 1);
            }
        }
        return events;
    }

    public List<AuditEntry> getEvents() {
        return getEventPage().items();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String search() {
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
