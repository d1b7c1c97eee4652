package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.network.boundary.MessageService;
import org.globalhub.network.entity.Message;

/** Messages that recipients reported as abuse ({@code /curation/reports.xhtml}). */
@Named
@RequestScoped
public class ReportsBacking {

    @EJB MessageService messages;

    private List<Message> reported;

    public List<Message> getReported() {
        if (reported == null) {
            reported = messages.reported();
        }
        return reported;
    }
}
