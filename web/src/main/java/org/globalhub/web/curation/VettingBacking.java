package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.identity.boundary.RegistrationService;
import org.globalhub.identity.boundary.VettingCase;
import org.globalhub.identity.entity.AgencyDomain;
import org.globalhub.web.shell.Messages;

/** The vetting queue and the list of known agency domains ({@code /curation/vetting.xhtml}). */
@Named
@RequestScoped
public class VettingBacking {

    private static final String SELF = "/curation/vetting?faces-redirect=true";

    @EJB RegistrationService registration;

    private List<VettingCase> cases;
    private List<AgencyDomain> domains;
    private final Map<Long, String> notes = new HashMap<>();
    private String newDomain;
    private String newAgency;

    public List<VettingCase> getCases() {
        if (cases == null) {
            cases = registration.awaitingVetting();
        }
        return cases;
    }

    public List<AgencyDomain> getDomains() {
        if (domains == null) {
            domains = registration.domains();
        }
        return domains;
    }

    public String approve(long accountId) {
        return Messages.attempt(
                () -> registration.approve(accountId), "vetting.done.approved", SELF);
    }

    public String reject(long accountId) {
        return Messages.attempt(
                () -> registration.reject(accountId, notes.get(accountId)),
                "vetting.done.rejected",
                SELF);
    }

    public String askInformation(long accountId) {
        return Messages.attempt(
                () -> registration.requestInformation(accountId, notes.get(accountId)),
                "vetting.done.asked",
                SELF);
    }

    public String addDomain() {
        return Messages.attempt(
                () -> registration.addDomain(newDomain, newAgency),
                "vetting.done.domainAdded",
                SELF);
    }

    public String removeDomain(String domain) {
        return Messages.attempt(
                () -> registration.removeDomain(domain), "vetting.done.domainRemoved", SELF);
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getNewDomain() {
        return newDomain;
    }

    public void setNewDomain(String newDomain) {
        this.newDomain = newDomain;
    }

    public String getNewAgency() {
        return newAgency;
    }

    public void setNewAgency(String newAgency) {
        this.newAgency = newAgency;
    }
}
