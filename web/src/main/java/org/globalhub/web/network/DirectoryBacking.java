package org.globalhub.web.network;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.network.boundary.DirectoryCard;
import org.globalhub.network.boundary.DirectoryService;
import org.globalhub.network.boundary.DirectoryService.PendingContact;
import org.globalhub.web.shell.Messages;

/**
 * The directory ({@code /network/directory.xhtml}): search colleagues by country, language,
 * expertise and tool (GET parameters), ask for contact, answer the requests others sent.
 */
@Named
@RequestScoped
public class DirectoryBacking {

    private static final String SELF = "/network/directory?faces-redirect=true";

    @EJB DirectoryService directory;

    private String country;
    private String language;
    private String expertise;
    private String tool;
    private List<DirectoryCard> cards;
    private final Map<Long, String> notes = new HashMap<>();

    public List<DirectoryCard> getCards() {
        if (cards == null) {
            cards = directory.search(country, language, expertise, tool);
        }
        return cards;
    }

    public List<PendingContact> getPending() {
        return directory.pendingRequests();
    }

    public String requestContact(long accountId) {
        return Messages.attempt(
                () -> directory.requestContact(accountId, notes.get(accountId)),
                "directory.requested",
                SELF);
    }

    public String answer(long requestId, boolean accept) {
        return Messages.attempt(
                () -> directory.answerRequest(requestId, accept),
                accept ? "directory.accepted" : "directory.declined",
                SELF);
    }

    public boolean isListed() {
        return directory.myEntry().isPresent();
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }
}
