package org.globalhub.platform.mail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.OutboxProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A relay that accepts the connection and then says nothing (a silent or overloaded mail server)
 * must not hold the outbox's sender: the mail session's read timeout (configure-hub.cli) ends the
 * attempt, the mail is marked for a later try, and the sender goes on.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxTimeoutIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB OutboxProbe outbox;
    @EJB MailHealth mailHealth;

    @Test
    void aSilentRelayTimesOutAndTheMailIsTriedAgainLater() throws Exception {
        String to = "silent-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        List<Socket> held = new CopyOnWriteArrayList<>();
        // The test server's mail session sends to port 3025 (as SmtpSink does for the other tests).
        try (ServerSocket silent = new ServerSocket(3025)) {
            Thread acceptor =
                    new Thread(
                            () -> {
                                while (!silent.isClosed()) {
                                    try {
                                        held.add(silent.accept()); // and never a greeting
                                    } catch (IOException closed) {
                                        return;
                                    }
                                }
                            });
            acceptor.setDaemon(true);
            acceptor.start();
            outbox.queue(to, "timeoutTest");
            String attempts = "none";
            // A hang guard, not a speed target: without a timeout the attempt never ends.
            for (int i = 0; i < 600 && !attempts.startsWith("1 "); i++) {
                Thread.sleep(100);
                attempts = outbox.attemptsTo(to);
            }
            assertTrue(attempts.startsWith("1 "), "one attempt, ended by the timeout: " + attempts);
            // JavaMail reports the read timeout as "Exception reading response"
            // (SocketTimeoutException).
            assertTrue(attempts.contains("reading response"), attempts);
            assertTrue(!held.isEmpty(), "the sender did connect to the silent relay");
            MailHealth.Status status = As.user("admin", () -> mailHealth.status());
            assertTrue(status.troubled(), "administrators are told that mail does not leave");
            assertTrue(status.lastError().contains("reading response"), status.lastError());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
