package org.globalhub;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.globalhub.identity.control.Totp;

/**
 * A person a test logs in as: e-mail, password and the secret of their (simulated) authenticator. A
 * test makes its own with {@link #create} (an active account with the given role, nobody else's),
 * so that it depends on no other test's state and never waits for a fresh TOTP step of a shared
 * account. The server accepts each 30-second step once per account (no replay), within one step of
 * now: {@link #nextCode} hands out increasing steps from the current one on (the previous one may
 * be too old by the time the server checks it) and waits for the next one only when both are used.
 */
public record TestUser(String email, String password, String totpSecret) {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    /**
     * A new active account with {@code role} (agent, curator or administrator), made through the
     * test deployment's support servlet; {@code base} is any address of the test server (its host
     * and HTTP port).
     */
    public static TestUser create(URL base, String role) {
        String secret = Totp.newSecret();
        String email = support(base, "accounts?role=" + role + "&secret=" + secret);
        return new TestUser(email, TestAccountsServlet.PASSWORD, secret);
    }

    /** The full name the account was made with (by {@code TestAccountsServlet}). */
    public String name() {
        return "Test " + email.substring(0, email.indexOf('@'));
    }

    /**
     * Steps are used per authenticator: a new app starts again (see Account#completeTotpEnrolment).
     */
    private String key() {
        return email + " " + totpSecret;
    }

    public String nextCode() {
        synchronized (LAST_STEP) {
            while (true) {
                long current = Totp.step(Instant.now());
                // Never the previous step: near a step boundary it is two steps old when the server
                // checks it, and refused (a flaky login).
                long step = Math.max(LAST_STEP.getOrDefault(key(), 0L) + 1, current);
                if (step <= current + 1) {
                    LAST_STEP.put(key(), step);
                    return Totp.code(totpSecret, step);
                }
                try {
                    LAST_STEP.wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A published tool of the test's own, named {@code name} (unique per test); returns its id. */
    public static long createTool(URL base, String name) {
        return Long.parseLong(
                support(
                        base,
                        "tools?name="
                                + java.net.URLEncoder.encode(
                                        name, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * POSTs to the test deployment's support servlet ({@code /hub-test/...}); returns its answer.
     */
    private static String support(URL base, String pathAndQuery) {
        URI uri =
                URI.create(
                        "http://"
                                + base.getHost()
                                + ":"
                                + base.getPort()
                                + "/hub-test/"
                                + pathAndQuery);
        try {
            HttpResponse<String> response =
                    HubHttp.client(false)
                            .send(
                                    HttpRequest.newBuilder(uri)
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "test data not made ("
                                + pathAndQuery
                                + "): HTTP "
                                + response.statusCode()
                                + " "
                                + response.body());
            }
            return response.body().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
