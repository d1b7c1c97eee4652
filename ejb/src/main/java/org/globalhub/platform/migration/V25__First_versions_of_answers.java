package org.globalhub.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 25: every tool that existed before versions gets its answers as version 1,
 * published on the date of its latest answer, so that its history starts with what agents read. A
 * Java migration because a tool's labels and languages must be joined into one text, which H2 and
 * PostgreSQL spell differently in SQL. Earlier free-text answers are taken to be in English (the
 * imports were).
 */
public class V25__First_versions_of_answers extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<Long, Map<String, TreeSet<String>>> labels = new HashMap<>();
        collect(db, labels, "purposes", "SELECT tool_id, purpose FROM tool_purpose");
        collect(db, labels, "technologies", "SELECT tool_id, technology FROM tool_technology");
        collect(db, labels, "phases", "SELECT tool_id, phase FROM tool_phase");
        collect(
                db,
                labels,
                "interface",
                "SELECT tool_id, language_code FROM tool_interface_language");
        collect(
                db,
                labels,
                "analysed",
                "SELECT tool_id, language_code FROM tool_analysed_language");
        Map<Long, Timestamp> answeredAt = new HashMap<>();
        try (Statement select = db.createStatement();
                ResultSet rows =
                        select.executeQuery(
                                "SELECT tool_id, MAX(answered_at) FROM answer GROUP BY tool_id")) {
            while (rows.next()) {
                answeredAt.put(rows.getLong(1), rows.getTimestamp(2));
            }
        }
        try (Statement select = db.createStatement();
                ResultSet tools =
                        select.executeQuery("SELECT id, name, summary, created_at FROM tool");
                PreparedStatement insert =
                        db.prepareStatement(
                                "INSERT INTO tool_version (id, tool_id, version_number, state,"
                                        + " source, author, name, summary, purposes, technologies,"
                                        + " phases, interface_languages, analysed_languages,"
                                        + " created_at, decided_at, decided_by, published_at,"
                                        + " version) VALUES (?, ?, 1, 'PUBLISHED', 'EARLIER', 'hub',"
                                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hub', ?, 1)")) {
            while (tools.next()) {
                long id = tools.getLong(1);
                Map<String, TreeSet<String>> of = labels.getOrDefault(id, Map.of());
                Timestamp when = answeredAt.getOrDefault(id, tools.getTimestamp(4));
                insert.setLong(1, id);
                insert.setLong(2, id);
                insert.setString(3, tools.getString(2));
                insert.setString(4, tools.getString(3));
                int column = 5;
                for (String kind :
                        new String[] {
                            "purposes", "technologies", "phases", "interface", "analysed"
                        }) {
                    insert.setString(
                            column++, String.join(",", of.getOrDefault(kind, new TreeSet<>())));
                }
                insert.setTimestamp(10, when);
                insert.setTimestamp(11, when);
                insert.setTimestamp(12, when);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement copy = db.createStatement()) {
            copy.executeUpdate(
                    "INSERT INTO tool_version_answer (id, tool_version_id, question_id, language,"
                            + " question_version, answer_text, is_original)"
                            + " SELECT a.id, a.tool_id, a.question_id,"
                            + " CASE WHEN q.answer_type = 'TEXT' THEN 'en' ELSE 'zxx' END,"
                            + " a.question_version, a.answer_text, TRUE"
                            + " FROM answer a JOIN question q ON q.id = a.question_id");
            // New answers of versions get ids above the copied ones (the answers' own ids).
            copy.executeUpdate(
                    "INSERT INTO hub_sequence (seq_name, seq_count)"
                            + " SELECT 'VERSION_ANSWER', COALESCE(MAX(id), 0) FROM answer");
        }
    }

    private static void collect(
            Connection db, Map<Long, Map<String, TreeSet<String>>> into, String kind, String sql)
            throws SQLException {
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                into.computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                        .computeIfAbsent(kind, k -> new TreeSet<>())
                        .add(rows.getString(2));
            }
        }
    }
}
