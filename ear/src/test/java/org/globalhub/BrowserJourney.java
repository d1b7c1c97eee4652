package org.globalhub;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser journey shares: the one test deployment ({@link HubDeployment#withTests()},
 * whose test WAR makes each journey its own accounts through {@link TestUser}), run from the
 * client, and the Hub's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserJourney {

    /**
     * The Hub's address in the test server. Not injected: with the test WAR beside hub-web.war,
     * Arquillian cannot tell which web module a URL should point to.
     */
    protected final URL base = hubUrl();

    public static URL hubUrl() {
        try {
            return new URL(System.getProperty("hub.it.url", "http://localhost:8180/hub/"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Skips a journey that checks the pages themselves (layout, weight, keyboard use), which do not
     * depend on the database: the PostgreSQL run ({@code -Dhub.it.layout=false}) leaves them to the
     * H2 run.
     */
    protected static void assumeLayoutRun() {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                "false".equals(System.getProperty("hub.it.layout")),
                "pages are checked in the H2 run only");
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }
}
