package org.globalhub.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.privacy.boundary.MyDataService;
import org.globalhub.privacy.boundary.PersonalData;
import org.globalhub.web.shell.Downloads;
import org.globalhub.web.shell.Formats;
import org.globalhub.web.shell.Messages;

/**
 * "My data" ({@code /account/data.xhtml}): what the Hub holds about the person, its export, erasure
 * of the account.
 */
@Named
@RequestScoped
public class DataBacking {

    @EJB MyDataService myData;
    @jakarta.inject.Inject Formats formats;

    private PersonalData data;
    private String password;
    private boolean understood;

    public PersonalData getData() {
        if (data == null) {
            data = myData.mine();
        }
        return data;
    }

    /**
     * One cell of what another component holds: a term translated, a moment in the reader's format,
     * text as it is.
     */
    public String cell(String cell) {
        String key = PersonalDataRequest.termKey(cell);
        if (key != null) {
            return Messages.known(key) ? Messages.text(key) : PersonalDataRequest.plain(cell);
        }
        java.time.Instant at = PersonalDataRequest.timeOf(cell);
        if (at != null) {
            return formats.dateTime(
                    at, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return cell;
    }

    public void export() {
        Downloads.send("global-hub-my-data.json", "application/json", myData.exportJson());
    }

    /** Erases the account, ends the session and shows the goodbye page. */
    public String erase() throws ServletException {
        try {
            if (!understood) {
                throw new InvalidInputException("privacy.confirmErase");
            }
            myData.eraseMyAccount(password);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/erased?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
