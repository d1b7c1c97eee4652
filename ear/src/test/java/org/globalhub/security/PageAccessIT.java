package org.globalhub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.globalhub.BrowserJourney;
import org.globalhub.HubDeployment;
import org.globalhub.HubHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of hub-web.war, opened over HTTPS by every kind of user, against {@link
 * AccessMatrix#PAGES}; plus the transport rules: HTTP redirects to HTTPS, and the security headers
 * are on every response.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

    private static final int HTTPS_MINUS_HTTP = 8443 - 8080;

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    /** The Hub's plain HTTP address in the test server (see {@link BrowserJourney}). */
    private final URL base = BrowserJourney.hubUrl();

    private String https() {
        return "https://localhost:" + (base.getPort() + HTTPS_MINUS_HTTP) + "/hub";
    }

    /**
     * Tries to log in with the right password of an account that may not get in; checks the
     * refusal.
     */
    private HubHttp refused(String email, String password, String why) throws Exception {
        HubHttp http = HubHttp.open(https(), true);
        HttpResponse<String> response =
                http.submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        java.util.Map.of("email", email, "password", password));
        assertTrue(response.body().contains(why), email + " is refused and told why");
        return http;
    }

    private HubHttp loggedIn(String user) throws Exception {
        HubHttp http = HubHttp.open(https(), true);
        assertTrue(http.logIn(user).body().contains("navLogout"), user + " could not log in");
        return http;
    }

    @Test
    void everyPageHasAnEntryInTheAccessMatrix() {
        WebArchive war = HubDeployment.withTests().getAsType(WebArchive.class, "hub-web.war");
        Set<String> pages = new TreeSet<>();
        war.getContent(path -> path.get().endsWith(".xhtml") && !path.get().startsWith("/WEB-INF/"))
                .keySet()
                .forEach(path -> pages.add(path.get()));
        assertEquals(
                new TreeSet<>(AccessMatrix.PAGES.keySet()),
                pages,
                "pages in the WAR vs entries in AccessMatrix.PAGES");
    }

    @Test
    void everyRoleGetsExactlyThePagesTheMatrixGivesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String role : AccessMatrix.ROLES) {
            HubHttp http =
                    switch (role) {
                        case AccessMatrix.ANONYMOUS -> HubHttp.open(https(), true);
                        case AccessMatrix.PENDING ->
                                refused(
                                        "amina.diallo@police.example",
                                        "applicant-demo-2026",
                                        "being checked by a curator");
                        case AccessMatrix.SUSPENDED ->
                                refused(
                                        "former@hub.example",
                                        "former-demo-2026",
                                        "Your account is suspended");
                        default -> loggedIn(role);
                    };
            for (var entry : AccessMatrix.PAGES.entrySet()) {
                HttpResponse<String> response = http.get(entry.getKey());
                boolean loginShown =
                        response.uri().getPath().endsWith("/login.xhtml")
                                && !entry.getKey().equals("/login.xhtml");
                // "opened" is the access decision: a page's own answer (e.g. 404 for a tool id it
                // lacks) counts
                boolean opened =
                        response.statusCode() != 403 && response.statusCode() < 500 && !loginShown;
                boolean expected = entry.getValue().contains(role);
                if (opened != expected) {
                    wrong.add(
                            role
                                    + " "
                                    + entry.getKey()
                                    + ": HTTP "
                                    + response.statusCode()
                                    + (loginShown ? " (login page)" : "")
                                    + ", expected "
                                    + (expected ? "open" : "refused"));
                }
                if (expected
                        && !entry.getKey().equals("/error.xhtml")
                        && response.body().contains("id=\"errorPage\"")) {
                    wrong.add(
                            role
                                    + " "
                                    + entry.getKey()
                                    + ": the error page instead of the page (it crashed; see the server log)");
                }
                boolean hasLogin =
                        !List.of(
                                        AccessMatrix.ANONYMOUS,
                                        AccessMatrix.PENDING,
                                        AccessMatrix.SUSPENDED)
                                .contains(role);
                if (!expected && hasLogin && response.statusCode() != 403) {
                    wrong.add(
                            role
                                    + " "
                                    + entry.getKey()
                                    + ": a logged-in user without the role must get 403, got "
                                    + response.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void applicantsWaitingForVettingCannotLogInAndSeeWhy() throws Exception {
        HubHttp http = HubHttp.open(https(), true);
        HttpResponse<String> refused =
                http.submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        java.util.Map.of(
                                "email",
                                "amina.diallo@police.example",
                                "password",
                                "applicant-demo-2026"));
        assertTrue(
                refused.body().contains("being checked by a curator"),
                "the status is explained after a right password: "
                        + refused.body()
                                .replaceAll("(?s).*<main[^>]*>", "")
                                .replaceAll("<[^>]+>", " ")
                                .replaceAll("\\s+", " "));
        assertTrue(
                http.get("/catalogue/index.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "and nothing opens");

        HttpResponse<String> wrong =
                http.submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        java.util.Map.of(
                                "email",
                                "amina.diallo@police.example",
                                "password",
                                "not-her-password-1"));
        HttpResponse<String> unknown =
                http.submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        java.util.Map.of(
                                "email",
                                "nobody@nowhere.example",
                                "password",
                                "not-her-password-1"));
        assertTrue(
                wrong.body().contains("Login failed.") && unknown.body().contains("Login failed."),
                "the same message whether the account exists or not");
    }

    @Test
    void theHeadersPlainFormsRefuseForgedPostsAndLeaveOnlyForTheHubsOwnPages() throws Exception {
        HubHttp agent = loggedIn("agent");
        String page = agent.get("/catalogue/index.xhtml").body();
        java.util.regex.Matcher token =
                java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the log-out form carries the session's token");

        HttpResponse<String> forged = agent.post("/logout", java.util.Map.of("token", "forged"));
        assertEquals(403, forged.statusCode(), "a log-out without the session's token");
        assertTrue(
                agent.get("/catalogue/index.xhtml").body().contains("navLogout"),
                "the forged post left the agent logged in");

        HubHttp visitor = HubHttp.open(https(), false);
        for (String away : List.of("//evil.example/", "https://evil.example/hub/", "/hub/../x")) {
            HttpResponse<String> switched =
                    visitor.post("/language", java.util.Map.of("to", "fr", "back", away));
            assertEquals(303, switched.statusCode());
            assertEquals(
                    "/hub/",
                    switched.headers().firstValue("Location").orElse(""),
                    "the language switch never leaves the Hub: " + away);
        }

        HttpResponse<String> out = agent.post("/logout", java.util.Map.of("token", token.group(1)));
        assertTrue(
                out.uri().getPath().endsWith("/login.xhtml"),
                "the real log-out ends on the login page");
        assertTrue(
                agent.get("/catalogue/index.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "after logging out, a members page asks for a login");
    }

    @Test
    void plainHttpRedirectsToHttpsAndResponsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> plain =
                HubHttp.client(false)
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + base.getPort()
                                                                + "/hub/login.xhtml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, plain.statusCode());
        assertTrue(
                plain.headers().firstValue("Location").orElse("").startsWith("https://"),
                "redirected to HTTPS");

        HttpResponse<String> page = HubHttp.open(https(), true).get("/login.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")),
                "PrimeFaces CSP nonce: " + policies);
        assertTrue(
                policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                "no framing: " + policies);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(
                page.headers()
                        .firstValue("Strict-Transport-Security")
                        .orElse("")
                        .startsWith("max-age="));

        HttpResponse<String> staticFile = HubHttp.open(https(), true).get("/static/benchmark.html");
        assertTrue(
                staticFile
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("frame-ancestors 'none'"));
        String cookie =
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID"))
                        .findFirst()
                        .orElse("");
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(
                attributes.contains("; secure")
                        && attributes.contains("; httponly")
                        && attributes.contains("samesite=lax"),
                cookie);
    }

    @Test
    void onlyGetHeadAndPostReachThePagesAndActionsRunOnlyOnPost() throws Exception {
        var client = HubHttp.client(false);
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH")) {
            HttpResponse<String> response =
                    client.send(
                            HttpRequest.newBuilder(URI.create(https() + "/login.xhtml"))
                                    .method(method, HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(405, response.statusCode(), method);
        }
        HubHttp http = HubHttp.open(https(), false);
        String page = http.get("/login.xhtml").body();
        java.util.regex.Matcher state =
                java.util.regex.Pattern.compile(
                                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                        .matcher(page);
        assertTrue(state.find());
        String query =
                "?loginForm=loginForm&loginForm:email=agent%40hub.example&loginForm:password=agent-demo-2026&loginForm:loginButton="
                        + "&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(
                                state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> postbackByGet = http.get("/login.xhtml" + query);
        assertEquals(
                405,
                postbackByGet.statusCode(),
                "a form submitted as a GET link is refused, its action never runs");
        assertEquals(
                "no-store",
                http.get("/login.xhtml").headers().firstValue("Cache-Control").orElse(""),
                "no browser or proxy keeps a copy of a page");
        assertFalse(
                http.get("/jakarta.faces.resource/jsf.js.xhtml?ln=jakarta.faces")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse("")
                        .contains("no-store"),
                "scripts and styles stay cacheable");
    }

    @Test
    void theServerRootLeadsToTheHubAndNothingNamesTheServer() throws Exception {
        String root = "https://localhost:" + (base.getPort() + HTTPS_MINUS_HTTP);
        HttpResponse<String> rootPage =
                HubHttp.client(false)
                        .send(
                                HttpRequest.newBuilder(URI.create(root + "/")).build(),
                                HttpResponse.BodyHandlers.ofString());
        assertTrue(
                List.of(301, 302, 303, 307, 308).contains(rootPage.statusCode()),
                "/ redirects, HTTP " + rootPage.statusCode());
        assertTrue(
                rootPage.headers().firstValue("Location").orElse("").endsWith("/hub/"),
                rootPage.headers().toString());
        List<String> leaks = new ArrayList<>();
        var client = HubHttp.client(true);
        for (String path :
                List.of(
                        "/",
                        "/hub/",
                        "/hub/login.xhtml",
                        "/hub/no-such-page.xhtml",
                        "/no-such-app/",
                        "/hub/static/benchmark.html")) {
            HttpResponse<String> response =
                    client.send(
                            HttpRequest.newBuilder(URI.create(root + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
            String all =
                    (response.headers().map() + response.body()).toLowerCase(java.util.Locale.ROOT);
            for (String name : List.of("wildfly", "undertow", "jboss", "red hat")) {
                if (all.contains(name)) {
                    leaks.add(path + " names " + name);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
