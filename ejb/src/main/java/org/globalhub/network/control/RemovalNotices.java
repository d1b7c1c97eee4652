package org.globalhub.network.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.globalhub.catalogue.boundary.ToolRemoved;
import org.globalhub.network.boundary.NotificationService;

/**
 * Tells the agents concerned when a tool is removed: the notices in the Hub are written in the removal's own
 * transaction (no removal without them), the e-mails go only once the removal committed.
 */
@ApplicationScoped
public class RemovalNotices {

    @EJB
    NotificationService notifications;

    void inTheHub(@Observes(during = TransactionPhase.IN_PROGRESS) ToolRemoved removed) {
        notifications.noticeToolRemoved(removed.toolId(), removed.toolName(), removed.reason());
    }

    void byMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) ToolRemoved removed) {
        notifications.mailToolRemoved(removed.toolId(), removed.toolName(), removed.reason());
    }
}
