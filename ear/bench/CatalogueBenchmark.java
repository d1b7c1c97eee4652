import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Load generator of the catalogue benchmark (run by benchmark.sh, single-file Java, no dependencies).
 * 1. server time: sequential requests over many catalogue pages; the server's own time per request is read
 *    afterwards from Undertow's access log (microseconds), so client and network are not counted;
 * 2. throughput: N threads, each logged in with its own session, request page 1 for a fixed time;
 * 3. the same for a static file of the same server; the ratio catalogue/static is the tracked figure.
 * Usage: java CatalogueBenchmark.java BASE_URL ACCESS_LOG THREADS SECONDS
 */
public class CatalogueBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path accessLog = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);

        HttpClient agent = loggedIn(base);
        String firstPage = base + "catalogue/index.xhtml";
        for (int i = 0; i < 300; i++) {
            get(agent, firstPage + "?page=" + (1 + i % 50)); // warm-up: JIT, caches, pools
        }
        long logStart = Files.exists(accessLog) ? Files.size(accessLog) : 0;
        List<String> queries = new ArrayList<>();
        for (int page = 1; page <= 200; page++) {
            queries.add("?page=" + page);
        }
        for (String filter : List.of("purpose=AGE_ESTIMATION", "technology=TEXT", "region=AFRICA", "q=triage", "sort=NAME", "lang=fr")) {
            for (int page = 1; page <= 20; page++) {
                queries.add("?" + filter + "&page=" + page);
            }
        }
        List<Double> clientMillis = new ArrayList<>();
        for (String query : queries) {
            long start = System.nanoTime();
            get(agent, firstPage + query);
            clientMillis.add((System.nanoTime() - start) / 1e6);
        }
        Thread.sleep(1500); // the access log is written asynchronously
        List<Double> serverMillis = serverTimes(accessLog, logStart, "/hub/catalogue/index.xhtml");

        double catalogue = throughput(base, firstPage, threads, seconds, true);
        double staticFile = throughput(base, base + "static/benchmark.html", threads, seconds, false);

        System.out.println();
        System.out.println("Catalogue page, server time (Undertow access log, " + serverMillis.size() + " sequential requests over "
                + queries.size() + " pages and filters):");
        System.out.printf("  median %.2f ms   p95 %.2f ms   max %.2f ms%n", percentile(serverMillis, 50), percentile(serverMillis, 95),
                percentile(serverMillis, 100));
        System.out.printf("  (client-measured, loopback: median %.2f ms, p95 %.2f ms)%n", percentile(clientMillis, 50),
                percentile(clientMillis, 95));
        System.out.printf("Throughput, %d threads x %d s, HTTPS with keep-alive, Java HttpClient:%n", threads, seconds);
        System.out.printf("  catalogue page 1 (logged in, %d sessions): %8.1f requests/s%n", threads, catalogue);
        System.out.printf("  static file of the same server:          %8.1f requests/s%n", staticFile);
        System.out.printf("  ratio catalogue / static:                 %8.3f%n", catalogue / staticFile);
    }

    /** The benchmark server's certificate is self-signed: trust it, here only. */
    static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String type) { }
                public void checkServerTrusted(X509Certificate[] chain, String type) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpClient.Builder client() {
        return HttpClient.newBuilder().sslContext(trustAll()).connectTimeout(Duration.ofSeconds(10));
    }

    static HttpClient loggedIn(String base) throws IOException, InterruptedException {
        HttpClient client = client().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        get(client, base + "catalogue/index.xhtml"); // the login page, and the session cookie
        String form = "j_username=agent&j_password=" + URLEncoder.encode("agent-demo-2026", StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!response.body().contains("tool-card")) {
            throw new IllegalStateException("Login failed or empty catalogue: HTTP " + response.statusCode());
        }
        return client;
    }

    static void get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + response.statusCode());
        }
    }

    static double throughput(String base, String url, int threads, int seconds, boolean login) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            HttpClient client = login ? loggedIn(base) : client().build();
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        get(client, url);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(worker);
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("requests failed", failures.get(0));
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Lines "URI STATUS MICROS" written after {@code from}, for one path. */
    static List<Double> serverTimes(Path log, long from, String path) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String tail = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)), StandardCharsets.UTF_8);
        List<Double> times = new ArrayList<>();
        for (String line : tail.split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length == 3 && fields[0].equals(path) && fields[1].equals("200")) {
                times.add(Long.parseLong(fields[2]) / 1000.0);
            }
        }
        return times;
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
