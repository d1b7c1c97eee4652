package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.boundary.ProviderCase;
import org.globalhub.catalogue.boundary.ProviderMembershipService;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.identity.boundary.RegistrationService;
import org.globalhub.identity.boundary.VettingCase;
import org.globalhub.identity.entity.AgencyDomain;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/** The vetting queue and the list of known agency domains ({@code /curation/vetting.xhtml}). */
@Named
@RequestScoped
public class VettingBacking {

    private static final String SELF =
            "/curation/vetting?faces-redirect=true&includeViewParams=true";

    @EJB RegistrationService registration;

    @EJB ProviderMembershipService membership;

    private List<ProviderCase> providerCases;
    private List<Provider> linkable;
    private final Map<Long, Long> links = new HashMap<>();

    private final ListAddress address = new ListAddress();
    private List<AgencyDomain> domains;
    private final Map<Long, String> notes = new HashMap<>();
    private String newDomain;
    private String newAgency;

    /** This page of the agents' applications (search and page come from the address). */
    public ListPage<VettingCase> getCasePage() {
        return address.page(registration::awaitingVetting);
    }

    public List<VettingCase> getCases() {
        return getCasePage().items();
    }

    public ListAddress getAddress() {
        return address;
    }

    /** Provider organisations' applications, decided with their organisation. */
    public List<ProviderCase> getProviderCases() {
        if (providerCases == null) {
            providerCases = membership.applications();
        }
        return providerCases;
    }

    public List<Provider> getLinkable() {
        if (linkable == null) {
            linkable = membership.linkableProviders();
        }
        return linkable;
    }

    public String admit(long accountId) {
        return Messages.attempt(
                () -> membership.admit(accountId, links.get(accountId)),
                "vetting.providers.done.admitted",
                SELF);
    }

    public String refuse(long accountId) {
        return Messages.attempt(
                () -> membership.refuse(accountId, notes.get(accountId)),
                "vetting.providers.done.refused",
                SELF);
    }

    public Map<Long, Long> getLinks() {
        return links;
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
