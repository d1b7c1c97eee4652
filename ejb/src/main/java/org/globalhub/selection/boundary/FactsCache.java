package org.globalhub.selection.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globalhub.selection.control.CatalogueFacts;
import org.globalhub.selection.control.FacetIndex;

/**
 * Keeps the finder's index of the published catalogue in memory. Every use asks the database for
 * the catalogue's revision (one small query) and rebuilds the index when it changed, so a removed
 * or changed tool is never served from a stale index, on any server node.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // local only: the selection service, which checks the caller, is its one user
public class FactsCache {

    @PersistenceContext EntityManager em;

    private volatile Snapshot current;

    private record Snapshot(String revision, FacetIndex index) {}

    public FacetIndex index() {
        CatalogueFacts facts = new CatalogueFacts(em);
        String revision = facts.revision();
        Snapshot seen = current;
        if (seen != null && seen.revision().equals(revision)) {
            return seen.index();
        }
        synchronized (this) {
            if (current == null || !current.revision().equals(revision)) {
                current = new Snapshot(revision, new FacetIndex(facts.load()));
            }
            return current.index();
        }
    }
}
