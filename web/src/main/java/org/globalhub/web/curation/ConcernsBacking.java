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
import org.globalhub.web.shell.Messages;

/**
 * The queue of open concerns ({@code /curation/concerns.xhtml}): dismiss, suspend or remove, with a
 * reason.
 */
@Named
@RequestScoped
public class ConcernsBacking {

    @EJB ConcernService concerns;

    private List<Concern> open;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<Concern> getOpen() {
        if (open == null) {
            open = concerns.open();
        }
        return open;
    }

    public String decide(long concernId, String decision) {
        return Messages.attempt(
                () ->
                        concerns.decide(
                                concernId,
                                ConcernDecision.valueOf(decision),
                                reasons.get(concernId)),
                "curation.done.decided",
                "/curation/concerns?faces-redirect=true");
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
