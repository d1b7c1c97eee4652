package org.globalhub.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Hub's own metrics, through WildFly's micrometer subsystem (its Prometheus registry serves
 * them on the management interface at {@code /prometheus}, README, IT step 8): logins and their
 * failures, imports and their rows, purges and their records, request times per page, and the
 * outbox's mails waiting. Every server counts its own; the scraper adds them up. The subsystem
 * (configure-hub.cli) gives the deployment both Micrometer's classes and the registry; should it
 * offer no registry, nothing is counted and nothing fails.
 */
@ApplicationScoped
public class HubMetrics {

    private static final Logger LOG = Logger.getLogger(HubMetrics.class.getName());

    @Inject Instance<MeterRegistry> registries;

    @PersistenceContext EntityManager em;

    /**
     * Registers the gauge once the application runs. (Meters are made through the registry's own
     * methods, never through builders: WildFly's per-deployment registry exports only those.)
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry()
                .ifPresent(
                        registry ->
                                registry.gauge(
                                        "hub.mail.waiting",
                                        Tags.empty(),
                                        this,
                                        HubMetrics::mailsWaiting));
    }

    public void login(boolean succeeded) {
        count("hub.logins", 1, "outcome", succeeded ? "success" : "failure");
    }

    /** An import run that ended, with its rows. */
    public void imported(String status, long written, long skipped) {
        count("hub.imports", 1, "status", status);
        count("hub.import.rows", written, "outcome", "written");
        count("hub.import.rows", skipped, "outcome", "skipped");
    }

    /** A purge run that ended, with the records it deleted or (dry run) would have. */
    public void purged(boolean dryRun, long records) {
        String run = dryRun ? "dry" : "real";
        count("hub.purges", 1, "run", run);
        count("hub.purge.records", records, "run", run);
    }

    /** One timer per page, made at its first request. */
    private final Map<String, Timer> pages = new ConcurrentHashMap<>();

    /** A page served: its view (a known page, never a free text) and how long it took. */
    public void request(String page, long nanos) {
        registry()
                .ifPresent(
                        registry ->
                                pages.computeIfAbsent(
                                                page,
                                                p -> registry.timer("hub.requests", "page", p))
                                        .record(nanos, TimeUnit.NANOSECONDS));
    }

    private void count(String name, double amount, String... tags) {
        registry().ifPresent(registry -> registry.counter(name, tags).increment(amount));
    }

    private java.util.Optional<MeterRegistry> registry() {
        return registries.isResolvable()
                ? java.util.Optional.of(registries.get())
                : java.util.Optional.empty();
    }

    /** Asked at each scrape; NaN while the database does not answer. */
    double mailsWaiting() {
        try {
            return em.createQuery(
                            "SELECT COUNT(m) FROM OutboxMail m WHERE m.sentAt IS NULL AND m.failedAt IS NULL",
                            Long.class)
                    .getSingleResult();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "mails waiting: the database does not answer", e);
            return Double.NaN;
        }
    }
}
