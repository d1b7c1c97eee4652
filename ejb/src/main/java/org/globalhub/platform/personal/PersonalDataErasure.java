package org.globalhub.platform.personal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * People are being erased (a CDI event, observed synchronously in the erasing transaction): each
 * component deletes what only these people had use for and replaces their e-mail by their alias
 * where a row must stay, in its own tables. The identity component removes the accounts themselves
 * last ({@link #LAST}).
 */
public record PersonalDataErasure(List<Person> people) {

    /** Observer priority of the accounts' own removal, after every other component's part. */
    public static final int LAST = 10_000;

    /**
     * One person being erased: their account, their address, and the random alias that replaces it.
     */
    public record Person(long accountId, String email, String alias) {}

    public List<String> emails() {
        return people.stream().map(Person::email).toList();
    }

    public List<Long> accountIds() {
        return people.stream().map(Person::accountId).toList();
    }

    /**
     * Replaces the erased people's e-mail in {@code entity.field} (stored as {@code table.column})
     * by their alias: one lookup for the slice, then an update only where an address was found.
     */
    public void alias(EntityManager em, String entity, String field, String table, String column) {
        List<String> found =
                em.createQuery(
                                "SELECT DISTINCT x."
                                        + field
                                        + " FROM "
                                        + entity
                                        + " x WHERE x."
                                        + field
                                        + " IN :emails",
                                String.class)
                        .setParameter("emails", emails())
                        .getResultList();
        Map<String, String> aliasByEmail =
                people.stream()
                        .collect(java.util.stream.Collectors.toMap(Person::email, Person::alias));
        for (String email : found) {
            em.createNativeQuery(
                            "UPDATE "
                                    + table
                                    + " SET "
                                    + column
                                    + " = ?1 WHERE "
                                    + column
                                    + " = ?2")
                    .setParameter(1, aliasByEmail.get(email))
                    .setParameter(2, email)
                    .executeUpdate();
        }
    }
}
