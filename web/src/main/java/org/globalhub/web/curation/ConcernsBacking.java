package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.boundary.ConcernService;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.ConcernDecision;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/**
 * The queue of open concerns ({@code /curation/concerns.xhtml}): dismiss, suspend or remove, with a
 * reason.
 */
@Named
@RequestScoped
public class ConcernsBacking {

    @EJB ConcernService concerns;

    private final ListAddress address = new ListAddress();
    private final Map<Long, String> reasons = new HashMap<>();

    /** This page of the open concerns (search and page come from the address). */
    public ListPage<Concern> getOpenPage() {
        return address.page(concerns::open);
    }

    public List<Concern> getOpen() {
        return getOpenPage().items();
    }

    public ListAddress getAddress() {
        return address;
    }

    public String decide(long concernId, String decision) {
        return Messages.attempt(
                () ->
                        concerns.decide(
                                concernId,
                                ConcernDecision.valueOf(decision),
                                reasons.get(concernId)),
                "curation.done.decided",
                "/curation/concerns?faces-redirect=true&includeViewParams=true");
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
