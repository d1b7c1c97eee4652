package org.globalhub.web.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.catalogue.boundary.ProviderMembershipService;
import org.globalhub.catalogue.boundary.ProviderToolView;
import org.globalhub.catalogue.boundary.ToolVersionService;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.identity.entity.Account;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.catalogue.NewToolForm;
import org.globalhub.web.shell.Messages;

/**
 * A provider's portal ({@code /provider/index.xhtml}): its tools with the published and the open
 * version of each, and a new tool.
 */
@Named
@RequestScoped
public class PortalBacking {

    @EJB ProviderMembershipService membership;
    @EJB ToolVersionService versions;

    private List<ProviderToolView> tools;
    private final java.util.Map<Long, String> replies = new java.util.HashMap<>();
    private final java.util.Map<Long, String> peopleReasons = new java.util.HashMap<>();
    private List<Account> colleagues;
    private Provider provider;
    private final NewToolForm newTool = new NewToolForm();

    public List<ProviderToolView> getTools() {
        if (tools == null) {
            tools = membership.myTools();
        }
        return tools;
    }

    public Provider getProvider() {
        if (provider == null) {
            provider = membership.myProvider();
        }
        return provider;
    }

    public String createTool() {
        try {
            long version = versions.createOwnTool(newTool.description());
            return "/provider/edit?faces-redirect=true&version=" + version;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The people of the organisation (for its manager, also those asking to join). */
    public List<Account> getColleagues() {
        if (colleagues == null) {
            colleagues = membership.colleagues();
        }
        return colleagues;
    }

    public String admitColleague(long accountId) {
        return Messages.attempt(
                () -> membership.admitColleague(accountId),
                "provider.people.done",
                "/provider/index?faces-redirect=true");
    }

    public String removeColleague(long accountId) {
        return Messages.attempt(
                () -> membership.removeColleague(accountId, peopleReasons.get(accountId)),
                "provider.people.done",
                "/provider/index?faces-redirect=true");
    }

    /** The caller manages the organisation's people (the page offers the decisions only then). */
    public boolean isManager() {
        String me =
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getUserPrincipal()
                        .getName();
        return getColleagues().stream()
                .anyMatch(a -> a.getEmail().equals(me) && a.isProviderManager());
    }

    public java.util.Map<Long, String> getPeopleReasons() {
        return peopleReasons;
    }

    public NewToolForm getNewTool() {
        return newTool;
    }

    /** The provider says the tool's published answers still hold (the yearly confirmation). */
    public String confirm(long toolId) {
        return Messages.attempt(
                () -> membership.confirmAnswers(toolId),
                "provider.done.confirmed",
                "/provider/index?faces-redirect=true");
    }

    /** The provider's reply to the current suspension or removal of its tool. */
    public String reply(long toolId) {
        return Messages.attempt(
                () -> membership.reply(toolId, replies.get(toolId)),
                "provider.done.replied",
                "/provider/index?faces-redirect=true");
    }

    public java.util.Map<Long, String> getReplies() {
        return replies;
    }
}
