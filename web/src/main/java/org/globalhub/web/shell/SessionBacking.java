package org.globalhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.network.boundary.NotificationService;

/** Who is logged in, which roles they have, and the token of the log-out form. */
@Named
@RequestScoped
public class SessionBacking {

    @EJB AccountService accounts;

    @EJB NotificationService notifications;

    @Inject Clock clock;

    private static final String MAIL = "hub.mailStatus";

    @EJB org.globalhub.platform.mail.MailHealth mailHealth;

    private org.globalhub.platform.mail.MailHealth.Status mailStatus;

    /**
     * For administrators: mails that failed and wait for another try (the page then warns), looked
     * at once a minute of a session.
     */
    public org.globalhub.platform.mail.MailHealth.Status getMailStatus() {
        if (mailStatus == null) {
            mailStatus =
                    isAdministrator()
                            ? SessionCache.get(
                                    MAIL, Duration.ofMinutes(1), clock, mailHealth::status)
                            : new org.globalhub.platform.mail.MailHealth.Status(0, null, null);
        }
        return mailStatus;
    }

    private static final String DUE = "hub.dueForReverification";
    private static final String UNREAD = "hub.unreadNotifications";

    private Boolean dueForReverification;
    private Long unreadNotifications;

    public String getUserName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isCurator() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("curator") || external.isUserInRole("administrator");
    }

    /** A provider's person: the header shows their portal instead of the agents' pages. */
    public boolean isProvider() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("provider");
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("administrator");
    }

    /**
     * Whether the banner asking the agent to confirm they still serve is shown: asked once every 10
     * minutes of a session (the due date moves by days), not on every page.
     */
    public boolean isDueForReverification() {
        if (dueForReverification == null) {
            dueForReverification =
                    getUserName() != null
                            && !isProvider()
                            && SessionCache.get(
                                    DUE,
                                    Duration.ofMinutes(10),
                                    clock,
                                    accounts::callerDueForReverification);
        }
        return dueForReverification;
    }

    /**
     * Unread notifications of the logged-in person, for the header: counted at most every 30
     * seconds of a session; reading them ({@code forgetUnread}) counts again at once.
     */
    public long getUnreadNotifications() {
        if (unreadNotifications == null) {
            unreadNotifications =
                    getUserName() == null || isProvider()
                            ? Long.valueOf(0)
                            : SessionCache.<Long>get(
                                    UNREAD,
                                    Duration.ofSeconds(30),
                                    clock,
                                    notifications::unreadCount);
        }
        return unreadNotifications;
    }

    /** The header counts unread notices again at the next page. */
    public static void forgetUnread() {
        SessionCache.forget(UNREAD);
    }

    public String confirmStillServing() {
        SessionCache.forget(DUE);
        return Messages.attempt(
                accounts::confirmStillServing,
                "reverify.done",
                "/catalogue/index?faces-redirect=true");
    }

    /** The token of the header's log-out form (LogoutServlet). */
    public String getFormToken() {
        return FormToken.of(
                (HttpSession)
                        FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }
}
