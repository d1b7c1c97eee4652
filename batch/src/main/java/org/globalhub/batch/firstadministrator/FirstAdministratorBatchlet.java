package org.globalhub.batch.firstadministrator;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.globalhub.identity.control.ConsoleAdministrator;
import org.globalhub.platform.BusinessException;

/**
 * The first-administrator job's one step (see first-administrator.xml): the exit status hands the
 * operator the link, or the reason for a refusal; a refusal fails the job.
 */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class FirstAdministratorBatchlet extends AbstractBatchlet {

    static final String LINK = "LINK ";
    static final String REFUSED = "REFUSED ";

    @Inject JobContext job;

    @EJB FirstAdministratorGateway gateway;

    @Inject @BatchProperty String email;

    @Inject @BatchProperty String name;

    @Inject @BatchProperty String agency;

    @Inject @BatchProperty String country;

    @Inject @BatchProperty String phone;

    @Inject @BatchProperty String startedBy;

    @Override
    public String process() {
        try {
            ConsoleAdministrator.Opened opened =
                    gateway.open(email, name, agency, country, phone, startedBy);
            String status =
                    LINK
                            + opened.link()
                            + (opened.created() ? " (new account)" : " (existing account)");
            job.setExitStatus(status);
            return status;
        } catch (BusinessException e) {
            String status = REFUSED + e.messageKey() + describe(e.arguments());
            job.setExitStatus(status);
            throw new IllegalArgumentException(status);
        }
    }

    private static String describe(java.util.List<Object> arguments) {
        return arguments.isEmpty() ? "" : " " + arguments;
    }
}
