package org.globalhub.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.control.PublishedAnswers;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionSource;
import org.globalhub.catalogue.entity.VersionState;

/**
 * A little history in the demo catalogue: the first tool has a second published version (so "what
 * changed" has something to show) and the second one a new version from its provider waiting for a
 * curator's review. The third tool's yearly confirmation has lapsed.
 */
final class DemoVersions {

    static final String CURATOR = "curator@hub.example";

    private DemoVersions() {}

    static void load(EntityManager em, List<Tool> tools, List<Question> questions, Instant now) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.getId(), q));
        if (tools.size() < 2) {
            return;
        }
        Instant corrected = now.minus(Duration.ofDays(40));
        ToolVersion first = published(em, tools.get(0));
        ToolVersion second = first.nextDraft(2, VersionSource.CURATOR, CURATOR, corrected);
        second.answer(
                byId.get("tech.accuracy"),
                "en",
                "Recall 0.94 and precision 0.89 on the 2025 benchmark set of 40 000 seized images"
                        + " (re-tested after the March update).");
        second.answer(byId.get("tech.update-cadence"), null, "quarterly");
        second.answer(
                byId.get("tech.accuracy"),
                "fr",
                "Rappel 0,94 et précision 0,89 sur le jeu de test 2025 de 40 000 images saisies"
                        + " (testé à nouveau après la mise à jour de mars).");
        second.submit(questions, corrected);
        first.supersede();
        second.publish(CURATOR, corrected.plus(Duration.ofDays(1)));
        em.persist(second);
        PublishedAnswers.apply(em, second, byId, null, corrected);

        ToolVersion current = published(em, tools.get(1));
        ToolVersion waiting =
                current.nextDraft(
                        2,
                        VersionSource.PROVIDER,
                        "provider2@hub.example",
                        now.minus(Duration.ofDays(2)));
        waiting.answer(
                byId.get("tech.limitations"),
                "en",
                "Struggles with heavily compressed video below 360p; every match needs a human"
                        + " check before it is used as evidence.");
        waiting.answer(byId.get("eth.third-party-audit"), null, "yes");
        waiting.submit(questions, now.minus(Duration.ofDays(2)));
        em.persist(waiting);
    }

    /**
     * Providers confirmed their answers within the last months, except for the third tool, whose
     * year ran out (so the demo shows "not confirmed since").
     */
    /** When each tool's answers were last confirmed; {@code first} is the first tool's number. */
    static void confirmations(List<Tool> tools, int first, Instant now) {
        for (int t = 0; t < tools.size(); t++) {
            int i = first + t;
            tools.get(t)
                    .answersConfirmed(
                            i == 2
                                    ? now.minus(Duration.ofDays(400))
                                    : now.minus(Duration.ofDays(10L + (i * 37L) % 300)));
        }
    }

    private static ToolVersion published(EntityManager em, Tool tool) {
        return em.createNamedQuery("ToolVersion.findInState", ToolVersion.class)
                .setParameter("toolIds", List.of(tool.getId()))
                .setParameter("state", VersionState.PUBLISHED)
                .getSingleResult();
    }
}
