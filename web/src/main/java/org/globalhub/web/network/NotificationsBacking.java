package org.globalhub.web.network;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globalhub.network.boundary.NotificationService;
import org.globalhub.network.entity.NotificationKind;
import org.globalhub.web.shell.Messages;
import org.globalhub.web.shell.SessionBacking;

/**
 * The agent's notifications ({@code /network/notifications.xhtml}): newest first, mark read, e-mail
 * preferences.
 */
@Named
@RequestScoped
public class NotificationsBacking {

    private static final String SELF = "/network/notifications?faces-redirect=true";

    @EJB NotificationService notifications;

    private List<NotificationService.Notice> list;
    private Map<NotificationKind, Boolean> byEmail;
    private Map<String, Boolean> subscribed;

    public List<NotificationService.Notice> getList() {
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

    /** Per task (purpose code), whether the agent hears of new tools; bound to the checkboxes. */
    public Map<String, Boolean> getSubscribed() {
        if (subscribed == null) {
            subscribed = new java.util.TreeMap<>();
            var mine = notifications.mySubscriptions();
            for (org.globalhub.catalogue.entity.Purpose purpose :
                    org.globalhub.catalogue.entity.Purpose.values()) {
                subscribed.put(purpose.name(), mine.contains(purpose.name()));
            }
        }
        return subscribed;
    }

    public List<String> getPurposes() {
        return java.util.Arrays.stream(org.globalhub.catalogue.entity.Purpose.values())
                .map(Enum::name)
                .toList();
    }

    public String saveSubscriptions() {
        return Messages.attempt(
                () ->
                        getSubscribed()
                                .forEach(
                                        (purpose, on) ->
                                                notifications.subscribe(
                                                        purpose, Boolean.TRUE.equals(on))),
                "notifications.saved",
                SELF);
    }

    public String markAllRead() {
        SessionBacking.forgetUnread();
        return Messages.attempt(notifications::markAllRead, "notifications.allRead", SELF);
    }

    public String savePreferences() {
        return Messages.attempt(
                () ->
                        getByEmail()
                                .forEach(
                                        (kind, email) ->
                                                notifications.setEmailPreference(
                                                        kind, Boolean.TRUE.equals(email))),
                "notifications.saved",
                SELF);
    }
}
