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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.control.ImportProblemDetail;
import org.globalhub.catalogue.control.ImportRow;
import org.globalhub.catalogue.control.ImportRowValidator;
import org.globalhub.catalogue.control.PublishedAnswers;
import org.globalhub.catalogue.control.VersionsOfEarlierTools;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.ImportRun;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionSource;
import org.globalhub.catalogue.entity.VersionState;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.JobStarters;

/**
 * Writes checked questionnaire rows into the catalogue, idempotently and through the same versions
 * as every other change: a row for a new tool makes it with version 1; a row for a known tool (same
 * provider and tool key) becomes a new published version attributed to the run, unless it equals
 * the published one (then nothing is written, no history entry). Blank answer cells keep the
 * published answers. Called by the import job (batch module).
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
    public int importRows(List<ImportRow> rows, boolean publish, String startedBy, long run) {
        if (rows.isEmpty()) {
            return 0;
        }
        // The job parameter names the person as "account-<id>"; the tools' history names them by
        // address.
        String actor = JobStarters.resolve(em, startedBy);
        Map<String, Question> questions = new LinkedHashMap<>();
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
        Map<Long, ToolVersion> current = new HashMap<>();
        Map<Long, Integer> lastNumbers = new HashMap<>();
        if (!tools.isEmpty()) {
            List<Long> ids = tools.values().stream().map(Tool::getId).toList();
            em.createQuery("SELECT a FROM Answer a WHERE a.tool.id IN :ids", Answer.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(
                            a ->
                                    answers.computeIfAbsent(
                                                    a.getTool().getId(), id -> new HashMap<>())
                                            .put(a.getQuestion().getId(), a));
            em.createNamedQuery("ToolVersion.findInState", ToolVersion.class)
                    .setParameter("toolIds", ids)
                    .setParameter("state", VersionState.PUBLISHED)
                    .getResultList()
                    .forEach(v -> current.put(v.getTool().getId(), v));
            em.createQuery(
                            "SELECT v.tool.id, MAX(v.number) FROM ToolVersion v WHERE v.tool.id IN :ids GROUP BY v.tool.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(
                            r ->
                                    lastNumbers.put(
                                            ((Number) r[0]).longValue(),
                                            ((Number) r[1]).intValue()));
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
            Map<String, Answer> stored =
                    answers.computeIfAbsent(tool.getId(), id -> new HashMap<>());
            ToolVersion base = current.get(tool.getId());
            if (base == null && !created) {
                base = VersionsOfEarlierTools.versionOf(tool, stored.values(), now);
                em.persist(base);
                lastNumbers.put(tool.getId(), 1);
            }
            int number = lastNumbers.merge(tool.getId(), 1, Integer::sum);
            ToolVersion next =
                    base == null
                            ? ToolVersion.first(tool, VersionSource.IMPORT, actor, now)
                            : base.nextDraft(number, VersionSource.IMPORT, actor, now);
            next.describe(row.description());
            for (Map.Entry<String, String> answer : row.answers().entrySet()) {
                next.answerOriginal(questions.get(answer.getKey()), "en", answer.getValue());
            }
            boolean different = base == null || !next.sameContentAs(base);
            if (different) {
                next.writtenByRun(run);
                next.publishAsWritten(now);
                if (base != null) {
                    base.supersede();
                }
                em.persist(next);
                current.put(tool.getId(), next);
                PublishedAnswers.apply(em, next, questions, stored, now);
            } else {
                lastNumbers.merge(tool.getId(), -1, Integer::sum);
            }
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
                        actor,
                        "tool.importUpdated",
                        "Tool",
                        tool.getId(),
                        "line " + row.line() + ", version " + next.getNumber());
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
        return problems(executionId, Integer.MAX_VALUE);
    }

    /** The run's first {@code max} problems, in the file's order. */
    public List<ImportProblem> problems(long executionId, int max) {
        return em.createNamedQuery("ImportProblem.findByRun", ImportProblem.class)
                .setParameter("run", executionId)
                .setMaxResults(max)
                .getResultList();
    }
}
