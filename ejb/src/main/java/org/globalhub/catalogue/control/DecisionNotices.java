package org.globalhub.catalogue.control;

import jakarta.persistence.EntityManager;
import org.globalhub.catalogue.entity.ConcernDecision;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.identity.control.HubMail;
import org.globalhub.identity.control.ProviderPeople;
import org.globalhub.platform.mail.Outbox;

/**
 * Who hears of a curators' decision on a tool, each in their own language: the provider's people
 * (suspension, reinstatement, removal, with the public reason) and the agent who reported a concern
 * (its outcome).
 */
public final class DecisionNotices {

    private DecisionNotices() {}

    /** {@code kind}: providerToolSuspended, providerToolReinstated or providerToolRemoved. */
    public static void toProvider(
            EntityManager em, Outbox outbox, Tool tool, String kind, String reason) {
        ProviderPeople.tell(
                em,
                outbox,
                tool.getProvider().getId(),
                kind,
                tool.getName()
                        + (reason == null ? "" : "\n\n" + reason)
                        + "\n\n"
                        + HubMail.publicUrl()
                        + "/provider/index.xhtml");
    }

    /** The reporter of a concern hears the outcome (dismissed, suspended, removed) and why. */
    public static void toReporter(
            EntityManager em,
            Outbox outbox,
            String reporter,
            Tool tool,
            ConcernDecision decision,
            String reason) {
        String kind =
                switch (decision) {
                    case TOOL_SUSPENDED -> "concernToolSuspended";
                    case TOOL_REMOVED -> "concernToolRemoved";
                    default -> "concernDismissed";
                };
        AccountLookup.findByEmail(em, reporter)
                .ifPresent(
                        account ->
                                HubMail.send(
                                        outbox, account, kind, tool.getName() + "\n\n" + reason));
    }
}
