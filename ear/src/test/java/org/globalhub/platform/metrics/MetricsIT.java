package org.globalhub.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalhub.BrowserJourney;
import org.globalhub.HubDeployment;
import org.globalhub.HubHttp;
import org.globalhub.TestUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Hub's metrics as a Prometheus server scrapes them from the management interface ({@code
 * /prometheus}, the micrometer subsystem configure-hub.cli adds): logins and failures counted,
 * pages timed, the outbox measured.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    private static String scrape() throws Exception {
        int management = 9990 + BrowserJourney.hubUrl().getPort() - 8080;
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + management
                                                                + "/prometheus"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "the Prometheus endpoint answers");
        return response.body();
    }

    /**
     * The sum of a metric's series that have the label {@code label}, 0 where there is none yet
     * (the registry may add labels of its own).
     */
    private static double value(String scraped, String metric, String label) {
        Matcher m =
                Pattern.compile(
                                "(?m)^"
                                        + Pattern.quote(metric)
                                        + "\\{([^}]*)\\}\\s+([0-9.eE+-]+)(\\s+\\d+)?$")
                        .matcher(scraped);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    /** The scrape's lines about the Hub, for a failure's message. */
    private static String hubLines(String scraped) {
        return String.join(
                "\n", scraped.lines().filter(l -> l.startsWith("hub_")).limit(40).toList());
    }

    @Test
    void loginsAndFailuresAreCountedPagesTimedAndTheOutboxMeasured() throws Exception {
        String before = scrape();
        String success = "outcome=\"success\"";
        String failure = "outcome=\"failure\"";
        HubHttp http =
                HubHttp.open(
                        "https://localhost:"
                                + (BrowserJourney.hubUrl().getPort() + 8443 - 8080)
                                + "/hub",
                        true);
        assertTrue(
                http.logIn(TestUser.create(BrowserJourney.hubUrl(), "agent"))
                        .body()
                        .contains("navLogout"));
        HubHttp.open(
                        "https://localhost:"
                                + (BrowserJourney.hubUrl().getPort() + 8443 - 8080)
                                + "/hub",
                        true)
                .submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        Map.of("email", "nobody@police.example", "password", "not a password"));
        String after = scrape();
        String logins = "hub_logins_total";
        assertTrue(
                value(after, logins, success) >= value(before, logins, success) + 1,
                "a login counted:\n" + hubLines(after));
        assertTrue(
                value(after, logins, failure) >= value(before, logins, failure) + 1,
                "a failure counted:\n" + hubLines(after));
        assertTrue(
                value(after, "hub_requests_seconds_count", "page=\"/login.xhtml\"") >= 2,
                "the login page timed:\n" + hubLines(after));
        assertTrue(
                Pattern.compile("(?m)^hub_mail_waiting(\\{[^}]*\\})?\\s+[0-9.]+")
                        .matcher(after)
                        .find(),
                "the outbox measured:\n" + hubLines(after));
    }
}
