package org.globalhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.privacy.boundary.RetentionService;
import org.globalhub.privacy.entity.RetentionRule;

/**
 * The privacy notice ({@code /privacy.xhtml}): what the Hub keeps comes from {@link DataKind} (the
 * kinds every personal field of every entity names), the retention table from the policy in force.
 */
@Named
@RequestScoped
public class PrivacyBacking {

    @EJB RetentionService retention;

    private List<RetentionRule> policy;

    public List<DataKind> getDataKinds() {
        return List.of(DataKind.values());
    }

    public List<RetentionRule> getPolicy() {
        if (policy == null) {
            policy = retention.policy();
        }
        return policy;
    }
}
