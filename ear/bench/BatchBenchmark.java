import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Helper of ear/batch-benchmark.sh and ear/crash-check.sh (run with {@code java BatchBenchmark.java ...}, the
 * PostgreSQL driver on the class path):
 * <ul>
 * <li>{@code generate <file> <rows> <provider>}: a questionnaire CSV in the import schema; every 100th row breaks
 * the schema (an unknown region) so that the skip path is measured too;</li>
 * <li>{@code jdbc <file> <url> <user>}: the baseline, a plain JDBC batch insert of the same rows (all cells of a
 * line into one row of a scratch table), printing rows per second;</li>
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
