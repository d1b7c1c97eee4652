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
 * 2. throughput: N threads sharing one logged-in session (password + TOTP) request page 1 for a fixed time;
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
        if (System.getenv("HUB_BENCH_QUICK") != null) { // while working on the page: throughput only
            printThroughput(base, agent, firstPage, threads, seconds);
            return;
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

        List<Double> catalogueSql = sqlStatements(accessLog, logStart, "/hub/catalogue/index.xhtml");
        String curve = System.getenv("HUB_BENCH_CURVE"); // one point of the scale curve: "<database> <tools>"
        if (curve != null && !curve.isBlank()) { // (HUB_BENCH_CURVE= to skip the curve leaves it empty)
            double catalogue = throughput(agent, firstPage, threads, seconds);
            double staticFile = throughput(client().build(), base + "static/benchmark.html", threads, seconds);
            System.out.printf("[curve] %s tools: catalogue p50 %.1f ms, p95 %.1f ms, statements median %.0f;"
                    + " %.1f requests/s (%d threads), static %.1f, ratio %.3f%n", curve, percentile(serverMillis, 50),
                    percentile(serverMillis, 95), percentile(catalogueSql, 50), catalogue, threads, staticFile,
                    catalogue / staticFile);
            return;
        }
        Selection finder = selection(agent, base, accessLog, "/hub/selection/index.xhtml", facetQueries());
        Selection shortlist = selection(agent, base, accessLog, "/hub/selection/shortlist.xhtml", guidedQueries());

        HttpClient curator = loggedIn(base, "curator", "HUBCURATORDEMOSECRETAAAAAAAAAAAA");
        Selection curationTools = selection(curator, base, accessLog, "/hub/curation/tools.xhtml", listQueries("triage", "DRAFT"));
        Selection curationAccounts = selection(curator, base, accessLog, "/hub/curation/accounts.xhtml", listQueries("police 4", "ACTIVE"));

        System.out.println();
        System.out.println("Catalogue page, server time (Undertow access log, " + serverMillis.size() + " sequential requests over "
                + queries.size() + " pages and filters):");
        System.out.printf("  median %.2f ms   p95 %.2f ms   max %.2f ms%n", percentile(serverMillis, 50), percentile(serverMillis, 95),
                percentile(serverMillis, 100));
        System.out.printf("  (client-measured, loopback: median %.2f ms, p95 %.2f ms)%n", percentile(clientMillis, 50),
                percentile(clientMillis, 95));
        System.out.printf("  SQL statements per page: median %.0f, max %.0f%n", percentile(catalogueSql, 50), percentile(catalogueSql, 100));
        finder.print("Tool finder, combined facet query (task, where it runs, language, stage; sorted, paged)");
        shortlist.print("Guided shortlist (scored and explained over the whole catalogue)");
        curationTools.print("Curators' tool list (paged in the database, 50 rows; pages, searches, status filters)");
        curationAccounts.print("Curators' accounts list (paged in the database, 50 rows; pages, searches, status filters)");
        printThroughput(base, agent, firstPage, threads, seconds);
    }

    /**
     * The tracked ratio, and a text page in the Hub's template (the transparency statement): what any
     * page of the portal costs before its own content, the floor under the catalogue's figure.
     */
    static void printThroughput(String base, HttpClient agent, String firstPage, int threads, int seconds) throws Exception {
        double catalogue = throughput(agent, firstPage, threads, seconds);
        double textPage = throughput(agent, base + "transparency.xhtml", threads, seconds);
        double staticFile = throughput(client().build(), base + "static/benchmark.html", threads, seconds);
        System.out.printf("Throughput, %d threads x %d s, HTTPS with keep-alive, Java HttpClient:%n", threads, seconds);
        System.out.printf("  catalogue page 1 (one logged-in session):  %8.1f requests/s%n", catalogue);
        System.out.printf("  text page in the Hub's template:          %8.1f requests/s%n", textPage);
        System.out.printf("  static file of the same server:          %8.1f requests/s%n", staticFile);
        System.out.printf("  ratio catalogue / static:                 %8.3f%n", catalogue / staticFile);
        System.out.printf("  ratio text page / static:                 %8.3f%n", textPage / staticFile);
        int clients = Integer.parseInt(System.getenv().getOrDefault("HUB_BENCH_CLIENTS", "50"));
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        double loaded = throughput(agent, firstPage, clients, seconds, millis);
        long slow = millis.stream().filter(m -> m > 250).count();
        System.out.printf("Catalogue page 1 with %d concurrent clients x %d s (client-measured, loopback; goal p99 < 250 ms):%n",
                clients, seconds);
        System.out.printf("  %.1f requests/s   p50 %.1f ms   p99 %.1f ms   max %.1f ms   over 250 ms: %d of %d%n", loaded,
                percentile(millis, 50), percentile(millis, 99), percentile(millis, 100), slow, millis.size());
    }

    /** Server times and SQL statements of one selection page over its queries. */
    record Selection(List<Double> millis, List<Double> sql, int requests) {
        void print(String title) {
            System.out.println(title + ", server time over " + millis.size() + " of " + requests + " requests:");
            System.out.printf("  median %.2f ms   p95 %.2f ms   max %.2f ms   (target: p95 under 100 ms)%n", percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 100));
            System.out.printf("  SQL statements per request: median %.0f, max %.0f%n", percentile(sql, 50), percentile(sql, 100));
        }
    }

    static Selection selection(HttpClient agent, String base, Path accessLog, String path, List<String> queries) throws Exception {
        String url = base + path.substring("/hub/".length());
        for (int i = 0; i < 100; i++) {
            get(agent, url + queries.get(i % queries.size())); // warm-up, and the first build of the finder's index
        }
        Thread.sleep(1500);
        long from = Files.size(accessLog);
        for (String query : queries) {
            get(agent, url + query);
        }
        Thread.sleep(1500);
        return new Selection(serverTimes(accessLog, from, path), sqlStatements(accessLog, from, path), queries.size());
    }

    /** 200 requests of a curation list: pages through it, searches, a status filter, pages past the end. */
    static List<String> listQueries(String search, String status) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add(switch (i % 4) {
                case 0 -> "?page=" + (1 + i);
                case 1 -> "?q=" + enc(search) + "&page=" + (1 + i % 5);
                case 2 -> "?status=" + status + "&page=" + (1 + i % 20);
                default -> "?q=" + enc(search) + "&status=" + status;
            });
        }
        return queries;
    }

    /** 200 combined facet queries: two or three facets at once, several values, sorted, paged. */
    static List<String> facetQueries() {
        String[] tasks = {"MEDIA_TRIAGE,HASH_MATCHING", "GROOMING_TEXT_ANALYSIS", "AGE_ESTIMATION,VICTIM_IDENTIFICATION", "OSINT_DARK_WEB"};
        String[] where = {"on-premises", "air-gapped,on-premises", "cloud"};
        String[] languages = {"en", "fr,ar", "es,ru,zh"};
        String[] sorts = {"", "&sort=NAME", "&sort=FEEDBACK", "&sort=STAGE"};
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add("?task=" + tasks[i % tasks.length] + "&deploy=" + where[i % where.length] + "&lang=" + languages[i % languages.length]
                    + "&stage=production,pilot" + sorts[i % sorts.length] + "&page=" + (1 + i % 3));
        }
        return queries;
    }

    /** 200 guided shortlists with different answers. */
    static List<String> guidedQueries() {
        String[] tasks = {"MEDIA_TRIAGE", "GROOMING_TEXT_ANALYSIS,OSINT_DARK_WEB", "AGE_ESTIMATION", "VICTIM_IDENTIFICATION,HASH_MATCHING"};
        String[] data = {"IMAGE,VIDEO", "TEXT", "IMAGE", "AUDIO,VIDEO,TEXT"};
        String[] where = {"", "&where=on-premises&os=linux", "&where=air-gapped", "&where=anywhere"};
        String[] budget = {"", "&budget=none", "&budget=licence"};
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            queries.add("?task=" + tasks[i % tasks.length] + "&data=" + data[(i / 4) % data.length] + "&lang=en,ar" + where[i % where.length]
                    + budget[i % budget.length] + "&skills=" + (1 + i % 5) + (i % 2 == 0 ? "" : "&sort=FEEDBACK"));
        }
        return queries;
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

    /** Logs the demo agent in through both steps: password, then the TOTP code of the demo secret. */
    static HttpClient loggedIn(String base) throws Exception {
        return loggedIn(base, "agent", "HUBAGENTDEMOSECRETAAAAAAAAAAAAAA");
    }

    /** The same for another demo user; each uses a TOTP step of its own, so no wait between them. */
    static HttpClient loggedIn(String base, String user, String secret) throws Exception {
        HttpClient client = client().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        submit(client, base + "login.xhtml", "loginForm", "loginButton",
                "email", user + "@hub.example", "password", user + "-demo-2026");
        HttpResponse<String> page = submit(client, base + "login-code.xhtml", "codeForm", "codeButton",
                "code", totp(secret, System.currentTimeMillis() / 30_000 + 1));
        if (!page.body().contains("navLogout")) {
            throw new IllegalStateException("Login of " + user + " failed: HTTP " + page.statusCode());
        }
        return client;
    }

    static HttpResponse<String> submit(HttpClient client, String url, String form, String button, String... fields)
            throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no form on " + url);
        }
        StringBuilder body = new StringBuilder(enc(form) + "=" + enc(form) + "&" + enc(form + ":" + button) + "=&jakarta.faces.ViewState=" + enc(state.group(1)));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(page);
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(enc(nonce.group(1))); // PrimeFaces CSP mode checks it
        }
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(enc(form + ":" + fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** RFC 6238 code (HMAC-SHA1, 6 digits) of a Base32 secret for a 30-second step. */
    static String totp(String base32, long step) throws GeneralSecurityException {
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    static void get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + response.statusCode());
        }
    }

    /**
     * Requests per second on {@code url} from {@code threads} threads sharing {@code client}'s session (its
     * cookies). Each thread has a client and an HTTP/1.1 keep-alive connection of its own, as browsers of many
     * users would: threads sharing one HTTP/2 connection measured the load generator's single reader thread
     * (the server's request threads sat waiting for it to take their bytes), not the server.
     */
    static double throughput(HttpClient session, String url, int threads, int seconds) throws Exception {
        return throughput(session, url, threads, seconds, null);
    }

    /** As above; {@code millis} (when given) collects every request's time as the client saw it. */
    static double throughput(HttpClient session, String url, int threads, int seconds, List<Double> millis) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            HttpClient.Builder builder = client().version(HttpClient.Version.HTTP_1_1);
            session.cookieHandler().ifPresent(builder::cookieHandler);
            HttpClient client = builder.build();
            Thread worker = new Thread(() -> {
                try {
                    List<Double> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        get(client, url);
                        mine.add((System.nanoTime() - sent) / 1e6);
                        done.incrementAndGet();
                    }
                    if (millis != null) {
                        millis.addAll(mine);
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

    /** Server times (ms) of the lines "URI STATUS MICROS SQL" written after {@code from}, for one path. */
    static List<Double> serverTimes(Path log, long from, String path) throws IOException {
        return column(log, from, path, 2, 1000.0);
    }

    /** SQL statements per request (the access log's fourth field, from SqlCountFilter), for one path. */
    static List<Double> sqlStatements(Path log, long from, String path) throws IOException {
        return column(log, from, path, 3, 1.0);
    }

    private static List<Double> column(Path log, long from, String path, int field, double divisor) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String tail = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)), StandardCharsets.UTF_8);
        List<Double> values = new ArrayList<>();
        for (String line : tail.split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length > field && fields[0].equals(path) && fields[1].equals("200") && fields[field].matches("\\d+")) {
                values.add(Long.parseLong(fields[field]) / divisor);
            }
        }
        return values;
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
