package org.globalhub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.platform.Settings;

/**
 * Loads the demo catalogue at start-up when the server runs with {@code -Dhub.demo.tools=N} and the
 * catalogue is still empty. Production servers do not set the property and get no demo data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll // runs only from its own @PostConstruct; no caller can reach it
public class DemoDataLoader {

    public static final String TOOLS_PROPERTY = Settings.DEMO_TOOLS;

    /** More agent accounts, for the benchmark of the accounts list (ear/benchmark.sh). */
    public static final String ACCOUNTS_PROPERTY = Settings.DEMO_ACCOUNTS;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    @PostConstruct
    void load() {
        int count = Settings.number(TOOLS_PROPERTY, 0);
        if (count <= 0) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(t) FROM Tool t", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info(
                    () -> "Demo data not loaded: the catalogue already has " + existing + " tools");
            return;
        }
        List<Question> questions =
                em.createNamedQuery("Question.findAll", Question.class).getResultList();
        DemoCatalogue demo = new DemoCatalogue(em);
        List<Tool> tools = demo.load(count, questions);
        demo.feedback(tools);
        Instant now = Instant.now(clock);
        em.flush();
        DemoVersions.load(em, tools, questions, now);
        DemoAccounts.load(em, now, List.of(tools.get(0).getProvider(), tools.get(1).getProvider()));
        DemoEvents.load(em, now);
        int accounts = Settings.number(ACCOUNTS_PROPERTY, 0);
        if (accounts > 0) {
            DemoAccounts.bulk(em, accounts, now);
            LOG.info(() -> "Demo data: " + accounts + " more agent accounts for the benchmark");
        }
        LOG.info(
                () -> "Demo data loaded: " + tools.size() + " tools, demo accounts and applicants");
    }
}
