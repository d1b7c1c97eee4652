package org.globalhub;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
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

    /** The built EAR, untouched. */
    private static EnterpriseArchive ear() {
        String path = System.getProperty("hub.ear", "target/hub.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * Classes of the test tree that run only in the test JVM (browser and HTTP clients, this
     * deployment's own plumbing) or belong to the test WAR; everything else goes into the ejb
     * module.
     */
    private static final Set<String> CLIENT_ONLY =
            Set.of(
                    HubDeployment.class.getName(),
                    OneDeployment.class.getName(),
                    BrowserJourney.class.getName(),
                    Browser.class.getName(),
                    HubHttp.class.getName(),
                    TestUser.class.getName(),
                    DemoUser.class.getName(),
                    PostgresTestDatabase.class.getName(),
                    TestSupportMechanism.class.getName(),
                    TestAccountsServlet.class.getName());

    /** Browser journeys run from the client only. */
    private static final String JOURNEYS = "org.globalhub.web.";

    /**
     * The one test deployment of every integration test: the built EAR with the test tree's
     * in-server classes (tests, probes, helpers) inside its ejb module, and a test WAR (/hub-test)
     * with Arquillian's servlet and {@link TestAccountsServlet}. Every class gets the same archive,
     * so {@link OneDeployment} deploys it once for the whole run.
     */
    public static EnterpriseArchive withTests() {
        EnterpriseArchive ear = ear();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "hub-ejb.jar");
        ejb.addClasses(inServerClasses());
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

    /** Top-level classes of the test tree (ShrinkWrap adds their inner classes). */
    private static Class<?>[] inServerClasses() {
        Path root = Path.of(System.getProperty("hub.test.classes", "target/test-classes"));
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = root.relativize(file).toString();
                if (!relative.endsWith(".class") || relative.contains("$")) {
                    continue;
                }
                String name =
                        relative.substring(0, relative.length() - ".class".length())
                                .replace(java.io.File.separatorChar, '.');
                if (CLIENT_ONLY.contains(name) || name.startsWith(JOURNEYS)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, HubDeployment.class.getClassLoader());
                if (!type.isAnnotationPresent(RunAsClient.class)) {
                    classes.add(type);
                }
            }
            return classes.toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
