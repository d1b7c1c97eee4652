package org.globalhub;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser without a browser: HTTPS to the test server, cookies, and JSF form posts with their
 * view state.
 */
public final class HubHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /**
     * PrimeFaces' CSP mode checks that a postback carries the page's nonce, as its script adds it.
     */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    private final HttpClient client;
    private final CookieManager cookies;
    private final String base;

    private HubHttp(HttpClient client, CookieManager cookies, String base) {
        this.client = client;
        this.cookies = cookies;
        this.base = base;
    }

    /**
     * @param base the Hub over HTTPS, e.g. https://localhost:8543/hub
     */
    public static HubHttp open(String base, boolean followRedirects) {
        CookieManager cookies = new CookieManager();
        return new HubHttp(client(followRedirects, cookies), cookies, base);
    }

    public static HttpClient client(boolean followRedirects) {
        return client(followRedirects, new CookieManager());
    }

    private static HttpClient client(boolean followRedirects, CookieManager cookies) {
        try {
            SSLContext trustSelfSigned = SSLContext.getInstance("TLS");
            trustSelfSigned.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return HttpClient.newBuilder()
                    .sslContext(trustSelfSigned)
                    .cookieHandler(cookies)
                    .followRedirects(
                            followRedirects
                                    ? HttpClient.Redirect.NORMAL
                                    : HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The fields a browser posts for the JSF form of the page at {@code path}: the form's marker,
     * the given fields, the button, the page's view state and (PrimeFaces' CSP mode) its nonce.
     */
    private Map<String, String> postback(
            String path, String form, String button, Map<String, String> fields) throws Exception {
        String page = get(path).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("No JSF form on " + path);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        fields.forEach((name, value) -> all.put(form + ":" + name, value));
        all.put(form + ":" + button, "");
        all.put("jakarta.faces.ViewState", state.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return all;
    }

    /**
     * Submits the JSF form of the page at {@code path}: its view state, the given fields, and the
     * button.
     */
    public HttpResponse<String> submit(
            String path, String form, String button, Map<String, String> fields) throws Exception {
        return post(path, postback(path, form, button, fields));
    }

    /** Posts {@code fields} as a plain HTML form would (URL-encoded, in their order). */
    public HttpResponse<String> post(String path, Map<String, String> all) throws Exception {
        String body =
                all.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits the multipart (upload) form of the page at {@code path}: its view state, the file in
     * {@code fileField}, the given fields and the button.
     */
    public HttpResponse<String> upload(
            String path,
            String form,
            String button,
            String fileField,
            String fileName,
            byte[] content,
            Map<String, String> fields)
            throws Exception {
        Map<String, String> all = postback(path, form, button, fields);
        String boundary = "hubtest" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        all.forEach(
                (name, value) ->
                        head.append("--")
                                .append(boundary)
                                .append("\r\nContent-Disposition: form-data; name=\"")
                                .append(name)
                                .append("\"\r\n\r\n")
                                .append(value)
                                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(form)
                .append(':')
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        // Sent without following the redirect: Java's client would repeat the upload's
        // Content-Type on the GET that follows (browsers do not), then the redirect is followed.
        HttpResponse<String> answer =
                client(false, cookies)
                        .send(
                                HttpRequest.newBuilder(URI.create(base + path))
                                        // HTTP/1.1: Java's HTTP/2 client breaks off large bodies
                                        // here (UT000036);
                                        // browsers' HTTP/2 uploads were checked with curl --http2.
                                        .version(HttpClient.Version.HTTP_1_1)
                                        .header(
                                                "Content-Type",
                                                "multipart/form-data; boundary=" + boundary)
                                        // One array, so that the request says its length, as
                                        // browsers' uploads do.
                                        .POST(
                                                HttpRequest.BodyPublishers.ofByteArray(
                                                        body.toByteArray()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() / 100 == 3
                ? client.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + path)
                                                .resolve(
                                                        answer.headers()
                                                                .firstValue("Location")
                                                                .orElseThrow()))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                : answer;
    }

    /**
     * Both login steps of a demo user (agent, curator, admin); returns the page the login ended on.
     */
    public HttpResponse<String> logIn(String demoUser) throws Exception {
        return logIn(DemoUser.of(demoUser));
    }

    /** Both login steps; returns the page the login ended on. */
    public HttpResponse<String> logIn(TestUser user) throws Exception {
        HttpResponse<String> step1 =
                submit(
                        "/login.xhtml",
                        "loginForm",
                        "loginButton",
                        Map.of("email", user.email(), "password", user.password()));
        if (!step1.uri().getPath().endsWith("/login-code.xhtml")) {
            return step1;
        }
        return submit(
                "/login-code.xhtml", "codeForm", "codeButton", Map.of("code", user.nextCode()));
    }
}
