package org.globalhub.network.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.globalhub.catalogue.boundary.ToolPublished;
import org.globalhub.catalogue.boundary.ToolRemoved;
import org.globalhub.catalogue.boundary.ToolUpdated;
import org.globalhub.network.boundary.NotificationService;

/**
 * Tells agents about catalogue changes that concern them. A removal: the notices in the Hub are
 * written in the removal's own transaction (no removal without them), the e-mails go only once it
 * committed. A new tool or an update: notices in the same transaction.
 */
@ApplicationScoped
public class CatalogueNotices {

    @EJB NotificationService notifications;

    void inTheHub(@Observes(during = TransactionPhase.IN_PROGRESS) ToolRemoved removed) {
        notifications.noticeToolRemoved(removed.toolId(), removed.toolName(), removed.reason());
    }

    void byMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) ToolRemoved removed) {
        notifications.mailToolRemoved(removed.toolId(), removed.toolName(), removed.reason());
    }

    void published(@Observes(during = TransactionPhase.IN_PROGRESS) ToolPublished published) {
        notifications.noticeToolsPublished(published.tools());
    }

    void updated(@Observes(during = TransactionPhase.IN_PROGRESS) ToolUpdated updated) {
        notifications.noticeToolsUpdated(updated.tools());
    }
}
