package org.globalhub.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Hub's datasource, found the way the Hub finds it (setting {@code hub.datasource}), for the
 * health checks: they live in the EAR's own lib/ and see none of the Hub's modules.
 */
final class HubDatabase {

    static final String DEFAULT = "java:jboss/datasources/HubDS";

    private HubDatabase() {}

    static Connection connect() throws SQLException {
        String name =
                ConfigProvider.getConfig()
                        .getOptionalValue("hub.datasource", String.class)
                        .orElse(DEFAULT);
        try {
            return InitialContext.<DataSource>doLookup(name).getConnection();
        } catch (NamingException e) {
            throw new SQLException("No datasource at " + name, e);
        }
    }
}
