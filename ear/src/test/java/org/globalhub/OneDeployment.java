package org.globalhub;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

/**
 * Deploys the test EAR once for the whole run instead of once per test class: every integration
 * test asks for the same archive ({@link HubDeployment#withTests()}), so a class whose archive has
 * the same content as the one already deployed reuses it (with its protocol metadata) and its
 * undeployment is put off. A class with a different archive replaces it; the last one is undeployed
 * before the server stops. Registered for Arquillian's client side in META-INF/services.
 *
 * <p>Each class therefore meets the server as the classes before it left it: tests make their own
 * accounts and data, and {@link MovableClock} always moves time back.
 */
public class OneDeployment {

    private static final Logger LOG = Logger.getLogger(OneDeployment.class.getName());

    /** The Arquillian extension that registers this observer. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeployment.class);
        }
    }

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;
    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;
    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> metadata;

    private String deployedFingerprint;
    private Archive<?> deployedArchive;
    private ProtocolMetaData deployedMetadata;
    private DeployableContainer<?> container;
    private int reused;

    /** Fingerprints of the archives of the classes now running, so that each is read only once. */
    private final Map<Archive<?>, String> fingerprints = new IdentityHashMap<>();

    /** Inside the deployment context (the context handlers observe at precedence 0). */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
            throws Exception {
        DeployDeployment event = context.getEvent();
        Deployment wanted = event.getDeployment();
        Archive<?> archive = archiveOf(wanted.getDescription());
        String fingerprint = archive == null ? null : fingerprint(archive);
        if (archive != null) {
            fingerprints.put(archive, fingerprint);
        }
        if (fingerprint != null && fingerprint.equals(deployedFingerprint)) {
            description.set(wanted.getDescription());
            deployment.set(wanted);
            metadata.set(deployedMetadata);
            wanted.deployed();
            reused++;
            return;
        }
        undeployKept();
        context.proceed();
        if (fingerprint != null && wanted.isDeployed()) {
            deployedFingerprint = fingerprint;
            deployedArchive = archive;
            deployedMetadata = metadata.get();
            container = event.getDeployableContainer();
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment leaving = context.getEvent().getDeployment();
        Archive<?> archive = archiveOf(leaving.getDescription());
        String fingerprint = archive == null ? null : fingerprints.remove(archive);
        if (deployedFingerprint != null && deployedFingerprint.equals(fingerprint)) {
            leaving.undeployed(); // for Arquillian; the server keeps it for the next class
            return;
        }
        context.proceed();
    }

    public void stop(@Observes BeforeStop event) throws Exception {
        undeployKept();
    }

    private void undeployKept() throws Exception {
        if (deployedArchive == null) {
            return;
        }
        LOG.info(
                () ->
                        "[hub] "
                                + deployedArchive.getName()
                                + " served "
                                + (reused + 1)
                                + " test classes from one deployment");
        Archive<?> leaving = deployedArchive;
        deployedArchive = null;
        deployedFingerprint = null;
        deployedMetadata = null;
        reused = 0;
        container.undeploy(leaving);
    }

    private static Archive<?> archiveOf(DeploymentDescription description) {
        if (!description.isArchiveDeployment()) {
            return null;
        }
        return description.getTestableArchive() != null
                ? description.getTestableArchive()
                : description.getArchive();
    }

    /** Name, paths and sizes of every entry, nested archives included. */
    static String fingerprint(Archive<?> archive) {
        Map<String, String> entries = new TreeMap<>();
        collect(archive, "", entries);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(archive.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            entries.forEach(
                    (path, size) ->
                            digest.update(
                                    (path + "=" + size + "\n")
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Archive<?> archive, String prefix, Map<String, String> entries) {
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            String path = prefix + entry.getKey().get();
            Node node = entry.getValue();
            if (node.getAsset() instanceof ArchiveAsset nested) {
                collect(nested.getArchive(), path + "!", entries);
            } else if (node.getAsset() != null) {
                entries.put(path, Long.toString(sizeOf(node)));
            } else {
                entries.put(path, "dir");
            }
        }
    }

    private static long sizeOf(Node node) {
        try (var in = node.getAsset().openStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
