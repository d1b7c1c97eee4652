package org.globalhub.batch.firstadministrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import java.util.Properties;
import java.util.UUID;
import org.globalhub.HubDeployment;
import org.globalhub.OutboxProbe;
import org.globalhub.identity.Roles;
import org.globalhub.identity.boundary.IdentityProbe;
import org.globalhub.identity.boundary.LoginService;
import org.globalhub.identity.boundary.PasswordResetService;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first administrator without SQL and without mail, as an IT team makes it: the
 * first-administrator job (started here through the same JobOperator that WildFly's CLI uses) hands
 * back a single-use link; the person chooses a password with it and sets up the authenticator at
 * the first login. The same job lets a lone administrator who lost the authenticator back in; bad
 * input is refused with the reason; every run is a security event.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    private static final String NEW_PASSWORD = "harbour violet seventy kites";

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB IdentityProbe identity;
    @EJB OutboxProbe outbox;
    @EJB PasswordResetService resets;
    @EJB LoginService login;

    private static JobExecution run(Properties parameters) {
        long id = BatchRuntime.getJobOperator().start("first-administrator", parameters);
        for (int i = 0; i < 600; i++) {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
            BatchStatus status = execution.getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED) {
                return execution;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the job did not end");
    }

    private static Properties newAdministrator(String email) {
        Properties parameters = new Properties();
        parameters.setProperty("email", email);
        parameters.setProperty("name", "Amina Odhiambo");
        parameters.setProperty("agency", "National Police Service");
        parameters.setProperty("country", "KE");
        parameters.setProperty("phone", "+254 20 000 0000");
        parameters.setProperty("startedBy", "it-staff");
        return parameters;
    }

    private static String token(JobExecution execution) {
        String status = execution.getExitStatus();
        assertTrue(status.startsWith("LINK https://localhost:8543/hub/reset.xhtml?token="), status);
        return status.substring(
                status.indexOf("token=") + "token=".length(), status.indexOf(' ', 5));
    }

    @Test
    void theFirstAdministratorIsMadeFromTheConsoleAndFinishesWithTheLink() {
        String email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        JobExecution execution = run(newAdministrator(email.toUpperCase()));
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        assertTrue(execution.getExitStatus().endsWith("(new account)"));
        long id = identity.idOf(email);
        assertEquals(
                AccountStatus.ACTIVE, identity.statusOf(email), "stored in lower case, active");
        assertTrue(identity.rolesOf(id).contains(Roles.ADMINISTRATOR));
        assertFalse(identity.totpEnrolled(id), "the authenticator is set up at the first login");
        assertTrue(
                identity.securityEventsOn(id)
                        .contains("administrator.created by console:it-staff"));
        assertTrue(outbox.mailKindsTo(email).isEmpty(), "no mail needed");

        String token = token(execution);
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(
                login.checkPassword(email, NEW_PASSWORD, "203.0.113.7").mustEnrol(),
                "logs in with the chosen password, then enrols the authenticator");
        assertThrows(
                InvalidInputException.class,
                () -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD),
                "the link works once");
    }

    @Test
    void aLoneAdministratorWhoLostTheAuthenticatorGetsBackInAndIsTold() {
        String email = "lone-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        long id = identity.activeWithRoles(email, Roles.ADMINISTRATOR);
        assertTrue(identity.totpEnrolled(id));
        Properties parameters = new Properties();
        parameters.setProperty("email", email);
        parameters.setProperty("startedBy", "it-staff");
        JobExecution first = run(parameters);
        JobExecution second = run(parameters);
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertTrue(second.getExitStatus().endsWith("(existing account)"));
        assertFalse(identity.totpEnrolled(id), "a new authenticator at the next login");
        assertTrue(
                identity.securityEventsOn(id)
                        .contains("administrator.reopened by console:it-staff"));
        assertTrue(outbox.mailKindsTo(email).contains("mfaReset"), "the owner is told");
        assertThrows(
                InvalidInputException.class,
                () -> resets.resetPassword(token(first), NEW_PASSWORD, NEW_PASSWORD),
                "only the newest link opens the account");
        resets.resetPassword(token(second), NEW_PASSWORD, NEW_PASSWORD);
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingIsMade() {
        Properties parameters = newAdministrator("not an address");
        JobExecution execution = run(parameters);
        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertEquals("REFUSED error.email", execution.getExitStatus());

        String email = "bad-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        Properties noCountry = newAdministrator(email);
        noCountry.setProperty("country", "XX");
        JobExecution refused = run(noCountry);
        assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
        assertTrue(
                refused.getExitStatus().startsWith("REFUSED error.country"),
                refused.getExitStatus());
        assertThrows(Exception.class, () -> identity.idOf(email), "no account was made");
    }
}
