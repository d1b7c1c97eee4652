package org.globalhub.web.network;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globalhub.network.boundary.NotificationService;
import org.globalhub.network.entity.Notification;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.web.shell.Messages;

/** The agent's notifications ({@code /network/notifications.xhtml}): newest first, mark read, e-mail preferences. */
@Named
@RequestScoped
public class NotificationsBacking {

    private static final String SELF = "/network/notifications?faces-redirect=true";

    @EJB
    NotificationService notifications;

    private List<Notification> list;
    private Map<NotificationKind, Boolean> byEmail;

    public List<Notification> getList() {
        if (list == null) {
            list = notifications.mine(100);
        }
        return list;
    }

    /** The e-mail choice per kind, bound to the checkboxes (filled from the stored preferences). */
    public Map<NotificationKind, Boolean> getByEmail() {
        if (byEmail == null) {
            byEmail = new EnumMap<>(notifications.myEmailPreferences());
        }
        return byEmail;
    }

    public List<NotificationKind> getKinds() {
        return List.of(NotificationKind.values());
    }

    public String markAllRead() {
        return Messages.attempt(notifications::markAllRead, "notifications.allRead", SELF);
    }

    public String savePreferences() {
        return Messages.attempt(() -> getByEmail().forEach((kind, email) -> notifications.setEmailPreference(kind, Boolean.TRUE.equals(email))),
                "notifications.saved", SELF);
    }
}
