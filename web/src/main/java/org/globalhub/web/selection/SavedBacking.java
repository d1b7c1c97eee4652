package org.globalhub.web.selection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.selection.entity.SavedSelection;
import org.globalhub.selection.entity.SelectionKind;
import org.globalhub.web.shell.Messages;

/**
 * The agent's saved searches and shortlists, and favourite tools ({@code /selection/saved.xhtml}).
 */
@Named
@RequestScoped
public class SavedBacking {

    private static final String SELF = "/selection/saved?faces-redirect=true";

    @EJB SelectionService selection;

    private List<SavedSelection> saved;
    private List<ToolFacts> favourites;

    public List<SavedSelection> getSaved() {
        if (saved == null) {
            saved = selection.mySelections();
        }
        return saved;
    }

    public List<ToolFacts> getFavourites() {
        if (favourites == null) {
            favourites = selection.myFavourites();
        }
        return favourites;
    }

    /** Where a saved selection opens: the finder or the shortlist, with its query. */
    public String link(SavedSelection s) {
        return (s.getKind() == SelectionKind.SEARCH ? "index.xhtml?" : "shortlist.xhtml?")
                + s.getQuery();
    }

    public String delete(long id) {
        return Messages.attempt(() -> selection.deleteSelection(id), "selection.deleted", SELF);
    }

    public String unfavourite(long toolId) {
        return Messages.attempt(
                () -> selection.toggleFavourite(toolId), "selection.favouriteChanged", SELF);
    }
}
