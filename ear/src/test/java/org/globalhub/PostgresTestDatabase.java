package org.globalhub;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates (dropping any leftover first) or drops the PostgreSQL database of the integration tests,
 * so that no state from an earlier run matters. Run by the postgres profile around the integration
 * tests. Usage: {@code create|drop jdbc:postgresql://host:port/name}; connects as user postgres
 * (trust auth).
 */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {}

    public static void main(String[] args) throws SQLException {
        String action = args[0];
        URI uri = URI.create(args[1].substring("jdbc:".length()));
        String name = uri.getPath().substring(1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        String admin = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/postgres";
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("hub.db.user", "postgres"));
        credentials.setProperty("password", System.getProperty("hub.db.password", ""));
        // The driver directly, not DriverManager: Maven runs each call in a class loader of its
        // own.
        try (Connection connection = new org.postgresql.Driver().connect(admin, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if ("create".equals(action)) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        System.out.println("[hub] PostgreSQL test database " + name + ": " + action + " done");
    }
}
