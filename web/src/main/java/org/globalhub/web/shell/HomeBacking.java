package org.globalhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.network.boundary.EventService;
import org.globalhub.network.boundary.NotificationService;
import org.globalhub.network.entity.HubEvent;

/**
 * The home page after login ({@code /index.xhtml}): what is new for this person (their latest
 * notices: new tools in the categories they follow, messages, removals), the next events, a search
 * box and the ways into the finder and learning. Providers have their portal instead.
 */
@Named
@RequestScoped
public class HomeBacking {

    static final int NOTICES = 5;
    static final int EVENTS = 3;

    @EJB NotificationService notifications;

    @EJB EventService events;

    @Inject SessionBacking session;

    private List<NotificationService.Notice> notices;
    private List<HubEvent> upcoming;

    /** The page's view action: providers go to their own portal. */
    public String route() {
        return session.isProvider() ? "/provider/index?faces-redirect=true" : null;
    }

    public List<NotificationService.Notice> getNotices() {
        if (notices == null) {
            notices = notifications.mine(NOTICES);
        }
        return notices;
    }

    public List<HubEvent> getEvents() {
        if (upcoming == null) {
            upcoming = events.upcoming().stream().limit(EVENTS).toList();
        }
        return upcoming;
    }
}
