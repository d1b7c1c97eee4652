package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.identity.boundary.AccountService;

/** The security events for administrators ({@code /admin/audit.xhtml?q=...}). */
@Named
@RequestScoped
public class AuditBacking {

    @EJB AccountService accounts;

    private String query;
    private List<AuditEntry> events;

    public List<AuditEntry> getEvents() {
        if (events == null) {
            events = accounts.securityEvents(query, 200);
        }
        return events;
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
