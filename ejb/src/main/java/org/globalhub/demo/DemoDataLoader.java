package org.globalhub.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
@TransactionManagement(TransactionManagementType.BEAN) // a transaction per slice of tools
@PermitAll // runs only from its own @PostConstruct; no caller can reach it
public class DemoDataLoader {

    public static final String TOOLS_PROPERTY = Settings.DEMO_TOOLS;

    /** More agent accounts, for the benchmark of the accounts list (ear/benchmark.sh). */
    public static final String ACCOUNTS_PROPERTY = Settings.DEMO_ACCOUNTS;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Tools stored per transaction: a 50,000-tool benchmark catalogue never sits in one. */
    static final int TOOLS_PER_TRANSACTION = 1000;

    @PersistenceContext EntityManager em;

    @Resource UserTransaction transaction;

    @Inject Clock clock;

    @PostConstruct
    void load() {
        int count = Settings.number(TOOLS_PROPERTY, 0);
        if (count <= 0) {
            return;
        }
        long existing =
                inTransaction(
                        () ->
                                em.createQuery("SELECT COUNT(t) FROM Tool t", Long.class)
                                        .getSingleResult());
        if (existing > 0) {
            if (existing < count) { // a load cut off (slices commit one by one): say so loudly
                LOG.warning(
                        () ->
                                "Demo data not loaded: the catalogue has only "
                                        + existing
                                        + " of the "
                                        + count
                                        + " demo tools asked for (an earlier load was cut off);"
                                        + " start from an empty database to load them all");
            } else {
                LOG.info(
                        () ->
                                "Demo data not loaded: the catalogue already has "
                                        + existing
                                        + " tools");
            }
            return;
        }
        DemoCatalogue demo = new DemoCatalogue(em);
        Instant now = Instant.now(clock);
        for (int from = 0; from < count; from += TOOLS_PER_TRANSACTION) {
            int first = from;
            int to = Math.min(count, from + TOOLS_PER_TRANSACTION);
            inTransaction(
                    () -> {
                        List<Question> questions =
                                em.createNamedQuery("Question.findAll", Question.class)
                                        .getResultList();
                        List<Tool> tools = demo.load(first, to, questions);
                        DemoVersions.confirmations(tools, first, now);
                        if (first == 0) {
                            everythingElse(demo, tools, questions, now);
                        }
                        return null;
                    });
            if (to < count && to % (10 * TOOLS_PER_TRANSACTION) == 0) {
                LOG.info(() -> "Demo data: " + to + " of " + count + " tools stored");
            }
        }
        LOG.info(() -> "Demo data loaded: " + count + " tools, demo accounts and applicants");
    }

    /** With the first tools: feedback, versions, demo accounts, events (and benchmark accounts). */
    private void everythingElse(
            DemoCatalogue demo, List<Tool> tools, List<Question> questions, Instant now) {
        demo.feedback(tools);
        em.flush();
        DemoVersions.load(em, tools, questions, now);
        DemoAccounts.load(em, now, List.of(tools.get(0).getProvider(), tools.get(1).getProvider()));
        DemoEvents.load(em, now);
        int accounts = Settings.number(ACCOUNTS_PROPERTY, 0);
        if (accounts > 0) {
            DemoAccounts.bulk(em, accounts, now);
            LOG.info(() -> "Demo data: " + accounts + " more agent accounts for the benchmark");
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return org.globalhub.platform.Transactions.inTransaction(
                transaction, "storing the demo data", work);
    }
}
