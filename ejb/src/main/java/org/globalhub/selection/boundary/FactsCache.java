package org.globalhub.selection.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.globalhub.platform.LocalWrites;
import org.globalhub.selection.control.CatalogueFacts;
import org.globalhub.selection.control.FacetIndex;

/**
 * Keeps the finder's index of the published catalogue in memory, and rebuilds it when the
 * catalogue's revision (one small query) changed. The revision is asked again on every use while
 * this server has written anything in the last {@link #AFTER_LOCAL_WRITE} (its own changes show at
 * once, also when they commit a moment after the write), otherwise at most once per {@link
 * #FRESH_FOR}: a tool changed or removed on another server node is served here at most one second
 * longer, and a busy catalogue costs no query per page.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // local only: the selection service, which checks the caller, is its one user
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction per page
public class FactsCache {

    @PersistenceContext EntityManager em;

    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    static final Duration AFTER_LOCAL_WRITE = Duration.ofSeconds(10);

    private volatile Snapshot current;

    /** Monotonic time (System.nanoTime) the revision was last read. */
    private volatile long checkedAt;

    /** The index and the revision of the catalogue it was built from. */
    public record Snapshot(String revision, FacetIndex index) {}

    public FacetIndex index() {
        return snapshot().index();
    }

    public Snapshot snapshot() {
        Snapshot seen = current;
        long now = System.nanoTime();
        if (seen != null
                && now - checkedAt < FRESH_FOR.toNanos()
                && !LocalWrites.within(AFTER_LOCAL_WRITE.toNanos())) {
            return seen;
        }
        CatalogueFacts facts = new CatalogueFacts(em);
        String revision = facts.revision();
        checkedAt = now;
        if (seen != null && seen.revision().equals(revision)) {
            return seen;
        }
        synchronized (this) {
            if (current == null || !current.revision().equals(revision)) {
                current = new Snapshot(revision, new FacetIndex(facts.load()));
            }
            return current;
        }
    }
}
