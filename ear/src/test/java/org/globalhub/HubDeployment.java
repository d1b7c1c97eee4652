package org.globalhub;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.globalhub.catalogue.boundary.CatalogueProbe;
import org.globalhub.identity.boundary.IdentityProbe;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: the EAR exactly as the build made it, optionally with
 * test classes added to its ejb module so they run inside the server.
 */
public final class HubDeployment {

    private static final String TEST_WAR = "test-support.war";

    private HubDeployment() {}

    private static byte[] readAll(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built EAR, untouched: for browser and HTTP tests. */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("hub.ear", "target/hub.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The built EAR with the given classes (and this package's helpers) inside its ejb module, and
     * a test WAR (/hub-test) with Arquillian's servlet and {@link TestAccountsServlet}.
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "hub-ejb.jar");
        ejb.addClasses(testClasses)
                .addClasses(
                        As.class,
                        MovableClock.class,
                        IdentityProbe.class,
                        OutboxProbe.class,
                        CatalogueProbe.class);
        // The helpers authenticate through Elytron's API, a server module the Hub itself does not
        // need.
        ejb.setManifest(
                new StringAsset(
                        "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        ear.delete("hub-ejb.jar");
        ear.addAsModule(ejb);
        // Arquillian's test servlet goes into a WAR of its own, marked as the one to enrich,
        // instead of into
        // hub-web.war, where the Hub's login would stand in its way.
        ear.addAsModule(
                Testable.archiveToTest(
                        ShrinkWrap.create(WebArchive.class, TEST_WAR)
                                .addClasses(TestSupportMechanism.class, TestAccountsServlet.class)
                                .addAsWebInfResource(
                                        new StringAsset(
                                                "<beans bean-discovery-mode=\"annotated\"/>"),
                                        "beans.xml")));
        String applicationXml =
                new String(
                        readAll(ear.get("META-INF/application.xml").getAsset()),
                        StandardCharsets.UTF_8);
        ear.setApplicationXML(
                new StringAsset(
                        applicationXml.replace(
                                "<library-directory>",
                                "<module><web><web-uri>"
                                        + TEST_WAR
                                        + "</web-uri><context-root>/hub-test</context-root></web></module>"
                                        + "<library-directory>")));
        return ear;
    }
}
