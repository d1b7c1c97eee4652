package org.globalhub.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.globalhub.BrowserJourney;
import org.globalhub.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness and liveness on the management interface, as a load balancer asks for them (the test
 * server's management port is 9990 plus its offset). That readiness turns DOWN when the database is
 * unreachable is proven on PostgreSQL by wildfly-config/deploy-proof.sh.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int management = 9990 + BrowserJourney.hubUrl().getPort() - 8080;
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + management + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessSaysTheDatabaseSchemaAndJobRepositoryAnswer() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s", "");
        assertTrue(body.contains("\"status\":\"UP\""), ready.body());
        for (String part :
                new String[] {
                    "\"database\":\"reachable\"", "schemaVersion", "\"jobRepository\":\"reachable\""
                }) {
            assertTrue(body.contains(part), part + " in " + ready.body());
        }
    }

    @Test
    void livenessReportsTheOutboxWithoutGoingDownForIt() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("mailsWaiting"), live.body());
    }
}
