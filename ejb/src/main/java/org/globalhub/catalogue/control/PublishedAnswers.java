package org.globalhub.catalogue.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;

/**
 * Makes a version the one the catalogue reads: the tool takes its description, and the answer table
 * (what the finder, the comparison and the searches read) takes its original answers. The version
 * itself is the record; this is the index kept beside it.
 */
public final class PublishedAnswers {

    private PublishedAnswers() {}

    /**
     * @param stored the tool's rows in the answer table by question id, when the caller has them
     *     (else null: they are read here); kept up to date
     */
    public static void apply(
            EntityManager em,
            ToolVersion version,
            Map<String, Question> questions,
            Map<String, Answer> stored,
            Instant now) {
        Tool tool = version.getTool();
        ToolDescription description = version.description();
        tool.describe(description.name(), description.summary());
        tool.label(description.purposes(), description.technologies(), description.phases());
        tool.speaks(description.interfaceLanguages(), description.analysedLanguages());
        tool.answersConfirmed(now);
        Map<String, Answer> rows = stored;
        if (rows == null) {
            rows = new HashMap<>();
            for (Answer answer :
                    em.createNamedQuery("Answer.findByTool", Answer.class)
                            .setParameter("toolId", tool.getId())
                            .getResultList()) {
                rows.put(answer.getQuestion().getId(), answer);
            }
        }
        for (Map.Entry<String, Question> entry : questions.entrySet()) {
            String id = entry.getKey();
            String text = version.original(id).map(VersionAnswer::getText).orElse(null);
            Answer row = rows.get(id);
            if (text == null && row != null) {
                em.remove(row);
                rows.remove(id);
            } else if (text != null && row == null) {
                Answer made = new Answer(tool, entry.getValue(), text, now);
                em.persist(made);
                rows.put(id, made);
            } else if (text != null) {
                row.revise(text, now);
            }
        }
    }
}
