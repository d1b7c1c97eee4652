package org.globalhub.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.SmtpSink;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's rights over their data, in the real server, as the person (the test server's realm has
 * a login for mydata@police.example; the probe gives it a Hub account with a feedback, a concern
 * and a login event).
 */
@ExtendWith(ArquillianExtension.class)
class MyDataIT {

    private static final String ME = "mydata@police.example";

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB PrivacyProbe probe;
    @EJB MyDataService myData;
    @EJB org.globalhub.network.boundary.DirectoryService directory;

    @Test
    void aPersonSeesAndExportsAllTheirDataThenErasesTheAccountAndOnlyTheirWritingsStayWithoutName()
            throws Exception {
        assertEquals(ME, probe.activeWithWritings("mydata", 3));

        PersonalData data = As.user(ME, () -> myData.mine());
        assertEquals(ME, data.account().getEmail());
        assertEquals(1, data.feedback().size());
        assertEquals(1, data.concerns().size());
        assertFalse(data.events().isEmpty());

        As.user(
                ME,
                () -> {
                    directory.saveMyEntry(
                            new org.globalhub.network.boundary.DirectoryForm(
                                    true,
                                    true,
                                    false,
                                    false,
                                    false,
                                    true,
                                    false,
                                    false,
                                    "en",
                                    "media_triage",
                                    "Argus Triage"));
                    return null;
                });
        String exported = As.user(ME, () -> myData.exportJson());
        JsonObject json = Json.createReader(new StringReader(exported)).readObject();
        JsonObject more = json.getJsonObject("more");
        for (String section :
                List.of(
                        "directory",
                        "messages",
                        "contacts",
                        "blocks",
                        "subscriptions",
                        "reminders",
                        "emailChoices",
                        "articles",
                        "imports",
                        "sessions")) {
            assertTrue(
                    more.containsKey("mydata.section." + section),
                    "every component says what it holds: " + section);
        }
        assertTrue(
                more.getJsonArray("mydata.section.directory").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                row ->
                                        row.getString("mydata.col.field").equals("expertise")
                                                && row.getString("mydata.col.value")
                                                        .contains("MEDIA_TRIAGE")),
                more.getJsonArray("mydata.section.directory").toString());
        assertTrue(
                more.getJsonArray("mydata.section.directory").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                row ->
                                        row.getString("mydata.col.field").equals("showAgency")
                                                && row.getString("mydata.col.value")
                                                        .equals("false")),
                "the sharing choices too");
        assertEquals("Test mydata", json.getJsonObject("account").getString("fullName"));
        assertEquals("1", json.getJsonArray("consents").getJsonObject(0).getString("version"));
        assertEquals(4, json.getJsonArray("feedback").getJsonObject(0).getInt("rating"));
        assertFalse(
                exported.contains(data.account().getPasswordHash()),
                "the password hash never leaves the server");
        assertTrue(
                As.user(ME, () -> myData.mine()).events().stream()
                        .anyMatch(e -> e.getAction().equals("data.exported")),
                "the export is recorded");

        InvalidInputException wrong =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                As.user(
                                        ME,
                                        () -> {
                                            myData.eraseMyAccount("not my password");
                                            return null;
                                        }));
        assertEquals("privacy.wrongPassword", wrong.messageKey());
        assertTrue(probe.exists(ME));

        try (SmtpSink smtp = new SmtpSink(3025)) {
            As.user(
                    ME,
                    () -> {
                        myData.eraseMyAccount(PrivacyProbe.PASSWORD);
                        return null;
                    });
            assertEquals(1, smtp.awaitMailsTo(ME, 1).size(), "a confirmation of the erasure");
        }
        assertFalse(probe.exists(ME));
        List<String> writers = probe.writersOf("mydata");
        assertEquals(2, writers.size());
        assertTrue(writers.stream().allMatch(w -> w.startsWith("former-")), writers.toString());
        assertEquals(0, probe.eventsBy(ME));
        assertThrows(
                BusinessException.class,
                () -> As.user(ME, () -> myData.mine()),
                "nothing left to show");
    }

    @Test
    void everyPersistentFieldOfEveryEntityIsClassifiedAsPersonalOrNot() {
        assertEquals(
                List.of(),
                probe.unclassifiedFields(),
                "each field says whether it is personal (its kind, for the privacy notice; what erasure does) or not");
    }
}
