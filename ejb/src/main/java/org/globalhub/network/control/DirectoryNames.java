package org.globalhub.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.globalhub.identity.control.AccountLookup;
import org.globalhub.platform.SharedNames;

/** Names shared in the directory: listed, with "show my name" chosen (one query each way). */
@ApplicationScoped
public class DirectoryNames implements SharedNames {

    @PersistenceContext EntityManager em;

    @Override
    public Map<String, String> sharedBy(Collection<String> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        List<String> sharing =
                em.createNamedQuery("DirectoryEntry.findSharingName", String.class)
                        .setParameter("owners", people.stream().distinct().toList())
                        .getResultList();
        return AccountLookup.fullNamesByEmail(em, sharing).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
