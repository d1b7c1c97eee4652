package org.globalhub.catalogue.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * Test-only bean (deployed by the ITs, never shipped): looks inside the persistence unit and makes
 * test data.
 */
@Stateless
@PermitAll
public class CatalogueProbe {

    @PersistenceContext EntityManager em;

    public String entityManagerImplementation() {
        return em.getDelegate().getClass().getName();
    }

    public long createTool(String name, UnRegion region, Purpose purpose, boolean publish) {
        Provider provider =
                new Provider(name + " Provider", ProviderType.NON_PROFIT, "CL", region, null);
        em.persist(provider);
        Tool tool = new Tool(name, "Test tool " + name, provider, Instant.now());
        tool.label(
                EnumSet.of(purpose),
                EnumSet.of(Technology.TEXT),
                EnumSet.of(InvestigationPhase.DETECTION));
        tool.speaks(Set.of("en"), Set.of("es"));
        if (publish) {
            tool.publish(Instant.now());
        }
        em.persist(tool);
        em.flush();
        return tool.getId();
    }

    /**
     * A published tool of a provider that is a member organisation (nobody of the test acts for
     * it).
     */
    public long memberTool(String name) {
        long id = createTool(name, UnRegion.AFRICA, Purpose.AGE_ESTIMATION, true);
        em.find(Tool.class, id).getProvider().admit();
        return id;
    }

    /**
     * Gives a question a new version (what a migration does when its meaning changes); returns the
     * version it had, to put back.
     */
    public int raiseQuestionVersion(String questionId, int to) {
        int was =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT question_version FROM question WHERE id = ?")
                                        .setParameter(1, questionId)
                                        .getSingleResult())
                        .intValue();
        em.createNativeQuery("UPDATE question SET question_version = ? WHERE id = ?")
                .setParameter(1, to)
                .setParameter(2, questionId)
                .executeUpdate();
        return was;
    }

    public long shuffleKeyOf(long toolId) {
        return em.find(Tool.class, toolId).getShuffleKey();
    }
}
