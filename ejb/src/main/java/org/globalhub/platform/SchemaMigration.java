package org.globalhub.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.globalhub.platform.migration.V25__First_versions_of_answers;

/**
 * Brings the database schema to the current version with Flyway before anything else uses it.
 * Migrations live in {@code db/migration} of this module and are written to run on H2 and
 * PostgreSQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions
@PermitAll // only reports the schema version; migration runs at start-up, not on a call
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** The same switch persistence.xml reads: the JNDI name of the Hub's datasource. */
    public static final String DATASOURCE_PROPERTY = Settings.DATASOURCE;

    public static final String DEFAULT_DATASOURCE = "java:jboss/datasources/HubDS";

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        DataSource dataSource = lookupDataSource();
        MigrateResult result =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        // Java migrations are listed, not scanned for (scanning depends on the
                        // server's class loader)
                        .javaMigrations(new V25__First_versions_of_answers())
                        // The batch job repository (JBeret) creates its own tables in the same
                        // database at server
                        // start, before the Hub deploys: they are not the Hub's, so an empty
                        // history starts at 0.
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
        schemaVersion =
                result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion;
        LOG.info(
                () ->
                        "Schema at version "
                                + schemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migrations applied now)");
    }

    private static DataSource lookupDataSource() {
        String name =
                Settings.text(
                        Settings.MIGRATION_DATASOURCE,
                        Settings.text(DATASOURCE_PROPERTY, DEFAULT_DATASOURCE));
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "No datasource at " + name + " (set -D" + DATASOURCE_PROPERTY + ")", e);
        }
    }

    /** The schema version after start-up migration. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
