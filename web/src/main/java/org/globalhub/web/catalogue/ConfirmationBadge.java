package org.globalhub.web.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.selection.control.ToolFacts;

/**
 * "Not confirmed since": decided on every page view with the Hub's clock, never cached, because a
 * tool's year ends with time, not with a change of data. Used by the catalogue, the tool page, the
 * finder's shortlist and the comparison.
 */
@Named
@ApplicationScoped
public class ConfirmationBadge {

    @Inject Clock clock;

    /** The last confirmation's date when its year is over, else null. */
    public Instant since(Tool tool) {
        return tool != null && tool.isUnconfirmedAt(Instant.now(clock))
                ? tool.getAnswersConfirmedAt()
                : null;
    }

    public Instant sinceFacts(ToolFacts tool) {
        return tool != null && tool.isUnconfirmedAt(Instant.now(clock))
                ? tool.answersConfirmedAt()
                : null;
    }

    /** When the next confirmation is due. */
    public Instant dueBy(Tool tool) {
        return tool.getAnswersConfirmedAt().plus(Tool.CONFIRMATION_PERIOD);
    }
}
