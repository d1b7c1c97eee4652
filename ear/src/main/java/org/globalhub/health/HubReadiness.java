package org.globalhub.health;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this server can serve the Hub (MicroProfile Health, {@code /health/ready} on the
 * management interface): its database answers, the schema migrations ran without a failure, and the
 * batch job repository answers. Mail is not part of it: a relay outage must not take servers out of
 * service (the outbox's state is in {@link HubLiveness}).
 */
@Readiness
@ApplicationScoped
public class HubReadiness implements HealthCheck {

    /** Seconds the database may take to answer before it counts as down. */
    static final int TIMEOUT_SECONDS = 3;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("hub").up();
        try (Connection db = HubDatabase.connect();
                Statement check = db.createStatement()) {
            check.setQueryTimeout(TIMEOUT_SECONDS);
            // Flyway's history table, quoted: H2 keeps its name in lower case as Flyway wrote it.
            try (ResultSet rows =
                    check.executeQuery(
                            "SELECT MAX(\"version\"), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END)"
                                    + " FROM \"flyway_schema_history\"")) {
                rows.next();
                response.withData("database", "reachable");
                if (rows.getString(1) == null) {
                    response.down().withData("migrations", "not run");
                } else if (rows.getLong(2) > 0) {
                    response.down().withData("migrations", "a migration failed");
                } else {
                    response.withData("schemaVersion", rows.getString(1));
                }
            }
        } catch (SQLException | RuntimeException e) {
            response.down().withData("database", "unreachable: " + e.getClass().getSimpleName());
        }
        try {
            BatchRuntime.getJobOperator().getJobNames();
            response.withData("jobRepository", "reachable");
        } catch (RuntimeException e) {
            response.down()
                    .withData("jobRepository", "unreachable: " + e.getClass().getSimpleName());
        }
        return response.build();
    }
}
