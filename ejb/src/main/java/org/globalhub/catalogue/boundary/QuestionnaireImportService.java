package org.globalhub.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.control.ImportProblemDetail;
import org.globalhub.catalogue.control.ImportRow;
import org.globalhub.catalogue.control.ImportRowValidator;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.ImportRun;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.identity.Roles;

/**
 * Writes checked questionnaire rows into the catalogue, idempotently: the same provider and tool key
 * update the tool; a row equal to what is stored changes nothing (no write, no history entry). Blank
 * answer cells leave stored answers as they are. Called by the import job (batch module).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class QuestionnaireImportService {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    public ImportRowValidator validator() {
        return new ImportRowValidator(em.createNamedQuery("Question.findAll", Question.class).getResultList());
    }

    /** @return how many tools were created or changed */
    public int importRows(List<ImportRow> rows, boolean publish, String actor) {
        Map<String, Question> questions = new HashMap<>();
        em.createNamedQuery("Question.findAll", Question.class).getResultList().forEach(q -> questions.put(q.getId(), q));
        AuditTrail audit = new AuditTrail(em, CLOCK);
        int changed = 0;
        for (ImportRow row : rows) {
            Instant now = Instant.now(CLOCK);
            List<Tool> found = em.createNamedQuery("Tool.findByImportKey", Tool.class).setParameter("key", row.importKey()).getResultList();
            boolean created = found.isEmpty();
            Tool tool = created ? create(row, now) : found.get(0);
            boolean different = !created && update(tool, row);
            different |= answer(tool, row, questions, now);
            if (created && publish) {
                tool.publish(now);
            }
            if (created) {
                audit.record(actor, "tool.imported", "Tool", tool.getId(), "line " + row.line() + (publish ? ", published" : ", draft"));
            } else if (different) {
                audit.record(actor, "tool.importUpdated", "Tool", tool.getId(), "line " + row.line());
            }
            if (created || different) {
                changed++;
            }
        }
        return changed;
    }

    private Tool create(ImportRow row, Instant now) {
        Tool tool = new Tool(row.toolName(), row.summary(), provider(row), now);
        tool.importedAs(row.importKey());
        tool.label(row.purposes(), row.technologies(), row.phases());
        tool.speaks(row.interfaceLanguages(), row.analysedLanguages());
        em.persist(tool);
        return tool;
    }

    private static boolean update(Tool tool, ImportRow row) {
        boolean changed = tool.describe(row.toolName(), row.summary());
        if (!tool.getPurposes().equals(row.purposes()) || !tool.getTechnologies().equals(row.technologies())
                || !tool.getPhases().equals(row.phases())) {
            tool.label(row.purposes(), row.technologies(), row.phases());
            changed = true;
        }
        if (!tool.getInterfaceLanguages().equals(row.interfaceLanguages()) || !tool.getAnalysedLanguages().equals(row.analysedLanguages())) {
            tool.speaks(row.interfaceLanguages(), row.analysedLanguages());
            changed = true;
        }
        return changed;
    }

    private boolean answer(Tool tool, ImportRow row, Map<String, Question> questions, Instant now) {
        Map<String, Answer> stored = new HashMap<>();
        if (tool.getId() != null) {
            em.createNamedQuery("Answer.findByTool", Answer.class).setParameter("toolId", tool.getId()).getResultList()
                    .forEach(a -> stored.put(a.getQuestion().getId(), a));
        }
        boolean changed = false;
        for (Map.Entry<String, String> entry : row.answers().entrySet()) {
            Answer existing = stored.get(entry.getKey());
            if (existing == null) {
                em.persist(new Answer(tool, questions.get(entry.getKey()), entry.getValue(), now));
                changed = true;
            } else {
                changed |= existing.revise(entry.getValue(), now);
            }
        }
        return changed;
    }

    private Provider provider(ImportRow row) {
        List<Provider> found = em.createNamedQuery("Provider.findByName", Provider.class)
                .setParameter("name", row.providerName().toLowerCase(Locale.ROOT)).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Provider provider = new Provider(row.providerName(), row.providerType(), row.providerCountry(), row.providerRegion(),
                row.providerWebsite());
        em.persist(provider);
        return provider;
    }

    public void recordProblems(long executionId, long line, List<ImportProblemDetail> problems) {
        for (ImportProblemDetail problem : problems) {
            em.persist(new ImportProblem(executionId, line, problem.field(), problem.value(), problem.messageKey(), problem.argument()));
        }
    }

    public void recordRun(long executionId, String fileName, boolean publish, String startedBy) {
        em.persist(new ImportRun(executionId, fileName, publish, startedBy, Instant.now(CLOCK)));
    }

    public ImportRun run(long executionId) {
        return em.find(ImportRun.class, executionId);
    }

    public List<ImportProblem> problems(long executionId) {
        return em.createNamedQuery("ImportProblem.findByRun", ImportProblem.class).setParameter("run", executionId).getResultList();
    }
}
