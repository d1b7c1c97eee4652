import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helper of ear/batch-benchmark.sh and ear/crash-check.sh (run with {@code java BatchBenchmark.java ...}, the
 * PostgreSQL driver on the class path):
 * <ul>
 * <li>{@code generate <file> <rows> <provider>}: a questionnaire CSV in the import schema; every 100th row breaks
 * the schema (an unknown region) so that the skip path is measured too;</li>
 * <li>{@code jdbc <file> <url> <user>}: the baseline, a plain JDBC batch insert of the same rows (all cells of a
 * line into one row of a scratch table), printing rows per second;</li>
 * <li>{@code honest <url> <user> <provider> <execution>}: the honest baseline. It takes every row the import
 * wrote for that provider's tools (the provider, its tools and every row that hangs off them through the foreign
 * keys, found in the database's catalogue so that new tables such as versions join by themselves; the tools'
 * audit entries; the run's problem report), deletes them, and writes exactly those rows again with plain JDBC
 * batches of 500 in one transaction, printing rows written and tools per second;</li>
 * <li>{@code seed-purge <url> <user> <auditEvents> <accounts>}: that many audit events and unconfirmed
 * registrations, all long expired, written straight into the Hub's tables.</li>
 * </ul>
 */
public class BatchBenchmark {

    static final String HEADER = "tool_key,tool_name,summary,provider_name,provider_type,provider_country,provider_region,"
            + "provider_website,purposes,technologies,phases,interface_languages,analysed_languages,tech.deployment,"
            + "eth.human-oversight,tech.skill-level";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
            case "jdbc" -> jdbc(Path.of(args[1]), args[2], args[3]);
            case "seed-purge" -> seedPurge(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "honest" -> honest(args[1], args[2], args[3], Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(Path file, int rows, String provider) throws IOException {
        String[] purposes = {"MEDIA_TRIAGE", "HASH_MATCHING", "AGE_ESTIMATION", "OSINT_DARK_WEB", "GROOMING_TEXT_ANALYSIS"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int i = 1; i <= rows; i++) {
                String region = i % 100 == 0 ? "ATLANTIS" : "AFRICA";
                out.write("k" + i + ",Bench tool " + i + ",\"Sorts seized media, version " + i + ".\"," + provider
                        + ",COMPANY,KE," + region + ",https://bench.example.org/" + i + "," + purposes[i % purposes.length]
                        + ",IMAGE|VIDEO,INVESTIGATION,en|fr,en,on-premises|air-gapped,yes," + (1 + i % 5) + "\n");
            }
        }
    }

    static void jdbc(Path file, String url, String user) throws IOException, SQLException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_questionnaire");
                ddl.execute("CREATE TABLE bench_questionnaire (tool_key VARCHAR(100) PRIMARY KEY, tool_name VARCHAR(200),"
                        + " summary VARCHAR(1000), provider_name VARCHAR(200), provider_type VARCHAR(20), provider_country VARCHAR(2),"
                        + " provider_region VARCHAR(40), provider_website VARCHAR(500), purposes VARCHAR(500), technologies VARCHAR(200),"
                        + " phases VARCHAR(200), interface_languages VARCHAR(200), analysed_languages VARCHAR(200),"
                        + " deployment VARCHAR(200), oversight VARCHAR(200), skill VARCHAR(10))");
            }
            db.commit();
            long start = System.nanoTime();
            int rows = 0;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_questionnaire VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (String line : lines.subList(1, lines.size())) {
                    List<String> cells = split(line);
                    for (int c = 0; c < 16; c++) {
                        insert.setString(c + 1, cells.get(c));
                    }
                    insert.addBatch();
                    if (++rows % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("[bench] plain JDBC batch insert: %d rows in %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("DROP TABLE bench_questionnaire");
            }
            db.commit();
        }
    }

    /** Rows of one table, as read: column names and values. */
    /** A table's rows that the import wrote, and the condition that found them (which also deletes them). */
    record Captured(String table, List<String> columns, List<Object[]> rows, String where, Object parameter) {}

    static void honest(String url, String user, String provider, long execution) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            Map<String, List<String[]>> children = new HashMap<>(); // parent table -> (child table, fk column)
            try (Statement catalogue = db.createStatement();
                    ResultSet fks = catalogue.executeQuery("SELECT child.relname, a.attname, parent.relname"
                            + " FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid"
                            + " JOIN pg_class parent ON parent.oid = c.confrelid"
                            + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                            + " WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1")) {
                while (fks.next()) {
                    children.computeIfAbsent(fks.getString(3), k -> new ArrayList<>())
                            .add(new String[] {fks.getString(1), fks.getString(2)});
                }
            }
            List<Captured> written = new ArrayList<>();
            Captured providers = capture(db, "provider", "name = ?", provider);
            written.add(providers);
            Captured tools = capture(db, "tool", "provider_id = ANY(?)", ids(db, providers));
            written.add(tools);
            hangingOff(db, children, tools, written);
            written.add(capture(db, "audit_entry", "subject_type = 'Tool' AND subject_id = ANY(?)",
                    db.createArrayOf("varchar", tools.rows().stream().map(r -> String.valueOf(r[0])).toArray())));
            written.add(capture(db, "import_problem", "execution_id = ?", execution));
            written.add(capture(db, "import_run", "execution_id = ?", execution));
            for (int i = written.size() - 1; i >= 0; i--) {
                delete(db, written.get(i));
            }
            db.commit();
            long start = System.nanoTime();
            int rows = 0;
            for (Captured table : written) {
                rows += insert(db, table);
            }
            db.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder tables = new StringBuilder();
            written.stream().filter(t -> !t.rows().isEmpty())
                    .forEach(t -> tables.append(' ').append(t.table()).append('=').append(t.rows().size()));
            System.out.printf("[bench] honest JDBC baseline: the import's own rows again, %d rows for %d tools in %.2f s"
                    + " = %.0f tools/s (%.0f rows/s;%s)%n", rows, tools.rows().size(), seconds,
                    tools.rows().size() / seconds, rows / seconds, tables);
        }
    }

    /** Every table under {@code parent} through a foreign key, depth first, parents before children. */
    static void hangingOff(Connection db, Map<String, List<String[]>> children, Captured parent, List<Captured> written)
            throws SQLException {
        for (String[] child : children.getOrDefault(parent.table(), List.of())) {
            if (child[0].equals(parent.table())) {
                continue;
            }
            Captured rows = capture(db, child[0], child[1] + " = ANY(?)", ids(db, parent));
            written.add(rows);
            if (rows.columns().contains("id")) {
                hangingOff(db, children, rows, written);
            }
        }
    }

    static java.sql.Array ids(Connection db, Captured table) throws SQLException {
        int id = table.columns().indexOf("id");
        return db.createArrayOf("bigint", table.rows().stream().map(r -> r[id]).toArray());
    }

    static Captured capture(Connection db, String table, String where, Object parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    columns.add(rs.getMetaData().getColumnName(c));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return new Captured(table, columns, rows, where, parameter);
            }
        }
    }

    /** Deletes the captured rows with the condition that found them (one statement, using the tables' indexes). */
    static void delete(Connection db, Captured table) throws SQLException {
        if (table.rows().isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table.table() + " WHERE " + table.where())) {
            delete.setObject(1, table.parameter());
            int deleted = delete.executeUpdate();
            if (deleted != table.rows().size()) {
                throw new IllegalStateException(table.table() + ": " + deleted + " rows deleted, " + table.rows().size()
                        + " captured");
            }
        }
    }

    static int insert(Connection db, Captured table) throws SQLException {
        if (table.rows().isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
        int count = 0;
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (Object[] row : table.rows()) {
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
                if (++count % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** Splits one generated line: commas, with at most one quoted cell and no quotes inside it. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static void seedPurge(String url, String user, int events, int accounts) throws SQLException {
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofDays(4000)));
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type,"
                    + " subject_id, details) VALUES (?, ?, ?, 'login.success', 'Account', ?, 'from 192.0.2.7')")) {
                for (int i = 1; i <= events; i++) {
                    insert.setLong(1, -i);
                    insert.setTimestamp(2, old);
                    insert.setString(3, "bench" + (i % 5000) + "@police.example");
                    insert.setString(4, String.valueOf(i % 5000));
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, email, full_name, agency, country_code, phone,"
                    + " referee, purpose, status, password_hash, totp_last_step, failed_logins, consent_version, consent_at, created_at,"
                    + " last_active_at, version) VALUES (?, ?, 'Bench applicant', 'Bench Police', 'KE', '+254 20 000 000', 'Bench referee',"
                    + " 'Benchmark', 'EMAIL_PENDING', 'x', 0, 0, '1', ?, ?, ?, 1)")) {
                for (int i = 1; i <= accounts; i++) {
                    insert.setLong(1, -i);
                    insert.setString(2, "applicant" + i + "@bench.example");
                    insert.setTimestamp(3, old);
                    insert.setTimestamp(4, old);
                    insert.setTimestamp(5, old);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        System.out.printf("[bench] seeded %d expired audit events and %d expired registrations%n", events, accounts);
    }

}
