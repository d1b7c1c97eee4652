package org.globalhub.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The Hub is deployed and answers ({@code /health/live}), with the outbox's state as data (mails
 * waiting, since when the oldest waits), which never makes it DOWN: restarting a server does not
 * bring a mail relay back.
 */
@Liveness
@ApplicationScoped
public class HubLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("hub").up();
        try (Connection db = HubDatabase.connect();
                Statement check = db.createStatement()) {
            check.setQueryTimeout(HubReadiness.TIMEOUT_SECONDS);
            try (ResultSet rows =
                    check.executeQuery(
                            "SELECT COUNT(*), MIN(created_at) FROM outbox_mail"
                                    + " WHERE sent_at IS NULL AND failed_at IS NULL")) {
                rows.next();
                response.withData("mailsWaiting", rows.getLong(1));
                Timestamp oldest = rows.getTimestamp(2);
                if (oldest != null) {
                    response.withData("oldestMailWaitingSince", oldest.toInstant().toString());
                }
            }
        } catch (SQLException | RuntimeException e) {
            response.withData("mailsWaiting", "unknown: the database does not answer");
        }
        return response.build();
    }
}
