package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.boundary.FeedbackService;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;
import org.globalhub.web.shell.Messages;

/**
 * Moderation of agents' feedback ({@code /curation/feedback.xhtml}): publish, or reject with a
 * note.
 */
@Named
@RequestScoped
public class FeedbackBacking {

    @EJB FeedbackService feedback;

    private final ListAddress address = new ListAddress();
    private final Map<Long, String> notes = new HashMap<>();

    /** This page of the feedback to moderate (search and page come from the address). */
    public ListPage<Feedback> getPendingPage() {
        return address.page(feedback::pending);
    }

    public List<Feedback> getPending() {
        return getPendingPage().items();
    }

    public ListAddress getAddress() {
        return address;
    }

    public String publish(long feedbackId) {
        return act(() -> feedback.publish(feedbackId));
    }

    public String reject(long feedbackId) {
        return act(() -> feedback.reject(feedbackId, notes.get(feedbackId)));
    }

    private static String act(Runnable serviceCall) {
        return Messages.attempt(
                serviceCall,
                "curation.done.moderated",
                "/curation/feedback?faces-redirect=true&includeViewParams=true");
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
