package org.globalhub.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import org.globalhub.identity.control.JobStarters;

/**
 * Writes checked questionnaire rows into the catalogue, idempotently: the same provider and tool
 * key update the tool; a row equal to what is stored changes nothing (no write, no history entry).
 * Blank answer cells leave stored answers as they are. Called by the import job (batch module).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class QuestionnaireImportService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    /** Followers and subscribers are told (network notifications observe these). */
    @Inject Event<ToolPublished> published;

    @Inject Event<ToolUpdated> updated;

    public ImportRowValidator validator() {
        return new ImportRowValidator(
                em.createNamedQuery("Question.findAll", Question.class).getResultList());
    }

    /**
     * Creates or updates the chunk's tools. Existing tools, providers and answers are read with one
     * query each before the loop, so that the loop issues no query and the inserts go out in JDBC
     * batches.
     *
     * @return how many tools were created or changed
     */
    public int importRows(List<ImportRow> rows, boolean publish, String startedBy) {
        if (rows.isEmpty()) {
            return 0;
        }
        // The job parameter names the person as "account-<id>"; the tools' history names them by
        // address.
        String actor = JobStarters.resolve(em, startedBy);
        Map<String, Question> questions = new HashMap<>();
        em.createNamedQuery("Question.findAll", Question.class)
                .getResultList()
                .forEach(q -> questions.put(q.getId(), q));
        Map<String, Tool> tools = new HashMap<>();
        em.createQuery("SELECT t FROM Tool t WHERE t.importKey IN :keys", Tool.class)
                .setParameter("keys", rows.stream().map(ImportRow::importKey).distinct().toList())
                .getResultList()
                .forEach(t -> tools.put(t.getImportKey(), t));
        Map<String, Provider> providers = new HashMap<>();
        em.createQuery("SELECT p FROM Provider p WHERE LOWER(p.name) IN :names", Provider.class)
                .setParameter(
                        "names",
                        rows.stream()
                                .map(r -> r.providerName().toLowerCase(Locale.ROOT))
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(p -> providers.putIfAbsent(p.getName().toLowerCase(Locale.ROOT), p));
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        if (!tools.isEmpty()) {
            em.createQuery("SELECT a FROM Answer a WHERE a.tool.id IN :ids", Answer.class)
                    .setParameter("ids", tools.values().stream().map(Tool::getId).toList())
                    .getResultList()
                    .forEach(
                            a ->
                                    answers.computeIfAbsent(
                                                    a.getTool().getId(), id -> new HashMap<>())
                                            .put(a.getQuestion().getId(), a));
        }
        AuditTrail audit = new AuditTrail(em, clock);
        List<ToolPublished.Tool> newlyPublished = new java.util.ArrayList<>();
        Map<Long, String> updatedTools = new java.util.LinkedHashMap<>();
        int changed = 0;
        for (ImportRow row : rows) {
            Instant now = Instant.now(clock);
            Tool tool = tools.get(row.importKey());
            boolean created = tool == null;
            if (created) {
                tool = create(row, providers, now);
                tools.put(row.importKey(), tool);
            }
            boolean different = !created && update(tool, row);
            different |=
                    answer(
                            tool,
                            row,
                            questions,
                            answers.computeIfAbsent(tool.getId(), id -> new HashMap<>()),
                            now);
            if (created && publish) {
                tool.publish(now);
                newlyPublished.add(
                        new ToolPublished.Tool(
                                tool.getId(), tool.getName(), ToolCurationService.purposes(tool)));
            }
            if (created) {
                audit.record(
                        actor,
                        "tool.imported",
                        "Tool",
                        tool.getId(),
                        "line " + row.line() + (publish ? ", published" : ", draft"));
            } else if (different) {
                audit.record(
                        actor, "tool.importUpdated", "Tool", tool.getId(), "line " + row.line());
                if (tool.getStatus() == org.globalhub.catalogue.entity.ToolStatus.PUBLISHED) {
                    updatedTools.put(tool.getId(), tool.getName());
                }
            }
            if (created || different) {
                changed++;
            }
        }
        // After the loop: the observers' queries come after all the chunk's inserts (which stay
        // batched).
        if (!newlyPublished.isEmpty()) {
            published.fire(new ToolPublished(newlyPublished));
        }
        if (!updatedTools.isEmpty()) {
            updated.fire(new ToolUpdated(updatedTools));
        }
        return changed;
    }

    private Tool create(ImportRow row, Map<String, Provider> providers, Instant now) {
        Provider provider =
                providers.computeIfAbsent(
                        row.providerName().toLowerCase(Locale.ROOT),
                        name -> {
                            Provider made =
                                    new Provider(
                                            row.providerName(),
                                            row.providerType(),
                                            row.providerCountry(),
                                            row.providerRegion(),
                                            row.providerWebsite());
                            em.persist(made);
                            return made;
                        });
        Tool tool = new Tool(row.toolName(), row.summary(), provider, now);
        tool.importedAs(row.importKey());
        tool.label(row.purposes(), row.technologies(), row.phases());
        tool.speaks(row.interfaceLanguages(), row.analysedLanguages());
        em.persist(tool);
        return tool;
    }

    private static boolean update(Tool tool, ImportRow row) {
        boolean changed = tool.describe(row.toolName(), row.summary());
        if (!tool.getPurposes().equals(row.purposes())
                || !tool.getTechnologies().equals(row.technologies())
                || !tool.getPhases().equals(row.phases())) {
            tool.label(row.purposes(), row.technologies(), row.phases());
            changed = true;
        }
        if (!tool.getInterfaceLanguages().equals(row.interfaceLanguages())
                || !tool.getAnalysedLanguages().equals(row.analysedLanguages())) {
            tool.speaks(row.interfaceLanguages(), row.analysedLanguages());
            changed = true;
        }
        return changed;
    }

    /**
     * Stores the row's answers; {@code stored} holds the tool's answers so far (by question id) and
     * is kept up to date.
     */
    private boolean answer(
            Tool tool,
            ImportRow row,
            Map<String, Question> questions,
            Map<String, Answer> stored,
            Instant now) {
        boolean changed = false;
        for (Map.Entry<String, String> entry : row.answers().entrySet()) {
            Answer existing = stored.get(entry.getKey());
            if (existing == null) {
                Answer made =
                        new Answer(tool, questions.get(entry.getKey()), entry.getValue(), now);
                em.persist(made);
                stored.put(entry.getKey(), made);
                changed = true;
            } else {
                changed |= existing.revise(entry.getValue(), now);
            }
        }
        return changed;
    }

    public void recordProblems(long executionId, long line, List<ImportProblemDetail> problems) {
        for (ImportProblemDetail problem : problems) {
            em.persist(
                    new ImportProblem(
                            executionId,
                            line,
                            problem.field(),
                            problem.value(),
                            problem.messageKey(),
                            problem.argument()));
        }
    }

    public void recordRun(long executionId, String fileName, boolean publish, String startedBy) {
        em.persist(new ImportRun(executionId, fileName, publish, startedBy, Instant.now(clock)));
    }

    public ImportRun run(long executionId) {
        return em.find(ImportRun.class, executionId);
    }

    public List<ImportProblem> problems(long executionId) {
        return em.createNamedQuery("ImportProblem.findByRun", ImportProblem.class)
                .setParameter("run", executionId)
                .getResultList();
    }
}
