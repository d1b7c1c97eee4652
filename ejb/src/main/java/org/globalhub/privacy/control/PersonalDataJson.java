package org.globalhub.privacy.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.Applicant;
import org.globalhub.network.entity.Notification;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.privacy.boundary.PersonalData;
import org.globalhub.selection.entity.SavedSelection;

/**
 * Writes a person's data as JSON for the "my data" export: every field the Hub holds about them,
 * except the secrets that protect the account (password hash, second-factor key), which are named
 * but not given.
 */
public final class PersonalDataJson {

    private PersonalDataJson() {}

    public static String write(PersonalData data, Instant exportedAt) {
        Account a = data.account();
        Applicant who = a.getApplicant();
        JsonObjectBuilder account =
                Json.createObjectBuilder()
                        .add("email", a.getEmail())
                        .add("fullName", who.getFullName())
                        .add("agency", who.getAgency())
                        .add("unit", text(who.getUnit()))
                        .add("country", who.getCountryCode())
                        .add("phone", who.getPhone())
                        .add("referee", who.getReferee())
                        .add("purpose", who.getPurpose())
                        .add("language", a.getLanguage())
                        .add("status", a.getStatus().name())
                        .add("statusReason", text(a.getStatusReason()))
                        .add("roles", Json.createArrayBuilder(a.getRoles()))
                        .add("registeredAt", time(a.getCreatedAt()))
                        .add("emailVerifiedAt", time(a.getEmailVerifiedAt()))
                        .add("decidedBy", text(a.getDecidedBy()))
                        .add("decidedAt", time(a.getDecidedAt()))
                        .add("lastConfirmedStillServingAt", time(a.getLastConfirmedAt()))
                        .add("lastLoginAt", time(a.getLastLoginAt()))
                        .add("secondFactorEnrolled", a.isTotpEnrolled())
                        .add("passwordAndSecondFactorKey", "stored, protected; not exported");
        JsonArrayBuilder consents =
                Json.createArrayBuilder()
                        .add(
                                Json.createObjectBuilder()
                                        .add("consent", "privacy notice")
                                        .add("version", a.getConsentVersion())
                                        .add("givenAt", time(a.getConsentAt())));
        JsonArrayBuilder feedback = Json.createArrayBuilder();
        for (Feedback f : data.feedback()) {
            feedback.add(
                    Json.createObjectBuilder()
                            .add("tool", f.getTool().getName())
                            .add("rating", f.getRating())
                            .add("comment", text(f.getComment()))
                            .add("status", f.getStatus().name())
                            .add("writtenAt", time(f.getCreatedAt())));
        }
        JsonArrayBuilder concerns = Json.createArrayBuilder();
        for (Concern c : data.concerns()) {
            concerns.add(
                    Json.createObjectBuilder()
                            .add("tool", c.getTool().getName())
                            .add("reason", c.getReason().name())
                            .add("details", text(c.getDetails()))
                            .add("evidence", text(c.getEvidence()))
                            .add("reportedAt", time(c.getReportedAt()))
                            .add(
                                    "decision",
                                    c.getDecision() == null ? "" : c.getDecision().name()));
        }
        JsonArrayBuilder saved = Json.createArrayBuilder();
        for (SavedSelection selection : data.savedSelections()) {
            saved.add(
                    Json.createObjectBuilder()
                            .add("name", selection.getName())
                            .add("kind", selection.getKind().name())
                            .add("query", selection.getQuery())
                            .add("savedAt", time(selection.getCreatedAt())));
        }
        JsonArrayBuilder notifications = Json.createArrayBuilder();
        for (Notification n : data.notifications()) {
            notifications.add(
                    Json.createObjectBuilder()
                            .add("kind", n.getKind().name())
                            .add("tool", text(n.getToolName()))
                            .add("detail", text(n.getDetail()))
                            .add("sentAt", time(n.getCreatedAt()))
                            .add("readAt", time(n.getReadAt())));
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (AuditEntry e : data.events()) {
            events.add(
                    Json.createObjectBuilder()
                            .add("at", time(e.getOccurredAt()))
                            .add("action", e.getAction())
                            .add("subject", e.getSubjectType() + " " + e.getSubjectId())
                            .add("details", text(e.getDetails())));
        }
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)
                .write(
                        Json.createObjectBuilder()
                                .add("exportedAt", time(exportedAt))
                                .add("account", account)
                                .add("consents", consents)
                                .add("feedback", feedback)
                                .add("concerns", concerns)
                                .add("savedSearchesAndShortlists", saved)
                                .add(
                                        "favouriteTools",
                                        Json.createArrayBuilder(data.favouriteTools()))
                                .add("notifications", notifications)
                                .add(
                                        "completedLessons",
                                        Json.createArrayBuilder(data.completedLessons()))
                                .add("events", events)
                                .add("more", more(data.more()))
                                .build());
        return out.toString();
    }

    /**
     * The sections other components added: {"mydata.section.messages": [{"mydata.col.when": "...",
     * ...}, ...]}.
     */
    private static JsonObjectBuilder more(List<PersonalDataRequest.Section> sections) {
        JsonObjectBuilder more = Json.createObjectBuilder();
        for (PersonalDataRequest.Section section : sections) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (List<String> row : section.rows()) {
                JsonObjectBuilder cells = Json.createObjectBuilder();
                for (int i = 0; i < row.size(); i++) {
                    cells.add(section.columnKeys().get(i), PersonalDataRequest.plain(row.get(i)));
                }
                rows.add(cells);
            }
            more.add(section.titleKey(), rows);
        }
        return more;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
