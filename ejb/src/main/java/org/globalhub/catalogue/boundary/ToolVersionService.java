package org.globalhub.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.catalogue.control.DecisionNotices;
import org.globalhub.catalogue.control.PublishedAnswers;
import org.globalhub.catalogue.control.ToolLookup;
import org.globalhub.catalogue.control.VersionsOfEarlierTools;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderMembership;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionSource;
import org.globalhub.catalogue.entity.VersionState;
import org.globalhub.identity.Roles;
import org.globalhub.identity.control.ProviderPeople;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.mail.Outbox;

/**
 * Changing a tool's description and answers: a draft is written, submitted, and published by a
 * curator (or sent back with comments, or rejected with a reason). The published version stays what
 * agents read until the next one is approved. Every step is in the tool's history.
 */
@Stateless
@RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
public class ToolVersionService {

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @Inject Event<ToolPublished> published;

    @Inject Event<ToolUpdated> updated;

    @Inject Outbox mail;

    /** Submitted versions, oldest first. */
    public List<ToolVersion> waitingForReview() {
        return em.createNamedQuery("ToolVersion.findWaiting", ToolVersion.class).getResultList();
    }

    /** Providers a curator can file a new tool under. */
    public List<Provider> providers() {
        return em.createQuery(
                        "SELECT p FROM Provider p ORDER BY LOWER(p.name), p.id", Provider.class)
                .getResultList();
    }

    /** A curator files a tool found in their own research: a draft tool and its first draft. */
    public long createTool(long providerId, ToolDescription description) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null) {
            throw new InvalidInputException("error.required", "tool.provider");
        }
        return create(provider, description, VersionSource.CURATOR);
    }

    private long create(Provider provider, ToolDescription description, VersionSource source) {
        Instant now = Instant.now(clock);
        Tool tool = new Tool(description.name(), description.summary(), provider, now);
        tool.label(description.purposes(), description.technologies(), description.phases());
        tool.speaks(description.interfaceLanguages(), description.analysedLanguages());
        em.persist(tool);
        ToolVersion first = ToolVersion.first(tool, source, caller(), now);
        em.persist(first);
        em.flush();
        audit().record(caller(), "tool.created", "Tool", tool.getId(), null);
        return first.getId();
    }

    /** A provider's person files a new tool of their provider: a draft tool and its first draft. */
    @RolesAllowed(Roles.PROVIDER)
    public long createOwnTool(ToolDescription description) {
        Provider provider =
                em.find(
                        Provider.class,
                        ProviderPeople.providerOf(em, caller())
                                .orElseThrow(() -> new ToolNotFoundException("?")));
        if (provider.getMembership() != ProviderMembership.MEMBER) {
            throw new ToolNotFoundException("?");
        }
        return create(provider, description, VersionSource.PROVIDER);
    }

    /**
     * The caller's draft of a tool: the open one (draft or sent back) if there is one, else a new
     * draft copied from the published version.
     *
     * @throws InvalidInputException when a version is under review or the tool was removed
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public ToolVersion openDraft(long toolId) {
        Tool tool = workable(ToolLookup.get(em, toolId));
        if (tool.getStatus() == ToolStatus.REMOVED) {
            throw new InvalidInputException("error.lifecycle", "edit", tool.getStatus());
        }
        // One open version per tool: two people opening a draft at once wait for each other here.
        em.lock(tool, LockModeType.PESSIMISTIC_WRITE);
        Optional<ToolVersion> open =
                em.createNamedQuery("ToolVersion.findOpen", ToolVersion.class)
                        .setParameter("toolId", toolId)
                        .getResultStream()
                        .findFirst();
        if (open.isPresent()) {
            if (!open.get().isEditable()) {
                throw new InvalidInputException("error.version.underReview");
            }
            return loaded(open.get());
        }
        Instant now = Instant.now(clock);
        // The published version; else (a first version was rejected) the latest one; else the
        // answers the tool had before versions existed.
        ToolVersion base =
                publishedOf(toolId)
                        .or(() -> versions(toolId).stream().findFirst())
                        .orElseGet(() -> earlierVersion(tool, now));
        ToolVersion draft = base.nextDraft(nextNumber(toolId), callerSource(), caller(), now);
        em.persist(draft);
        em.flush();
        audit().record(caller(), "version.drafted", "Tool", toolId, "version " + draft.getNumber());
        return draft;
    }

    /** Saves an editor's changes; a refused answer leaves the whole draft as it was. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public ToolVersion saveDraft(long versionId, DraftChanges changes) {
        ToolVersion version = get(versionId);
        // Answers are rows of their own: the version's own counter must move with them, so that
        // a save racing a submission or a decision fails instead of changing a decided version.
        em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (changes.description() != null) {
            version.describe(changes.description());
        }
        Map<String, Question> questions = questionsById();
        for (Map.Entry<String, String> answer : changes.answers().entrySet()) {
            Question question = questions.get(answer.getKey());
            if (question == null) {
                throw new InvalidInputException("error.answer", answer.getKey(), "");
            }
            version.answer(question, changes.language(), answer.getValue());
        }
        return version;
    }

    /**
     * @throws InvalidInputException when required questions are unanswered
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public void submit(long versionId) {
        ToolVersion version = get(versionId);
        version.submit(List.copyOf(questionsById().values()), Instant.now(clock));
        audit().record(
                        caller(),
                        "version.submitted",
                        "Tool",
                        version.getTool().getId(),
                        "version " + version.getNumber());
    }

    /** The version beside the published one, with what changed. */
    public VersionComparison review(long versionId) {
        ToolVersion version = loaded(get(versionId));
        ToolVersion current =
                publishedOf(version.getTool().getId())
                        .filter(p -> !p.getId().equals(version.getId()))
                        .map(this::loaded)
                        .orElse(null);
        return VersionComparison.of(current, version);
    }

    /**
     * Publishes a submitted version: it replaces the published one, and a new tool enters the
     * catalogue with it.
     */
    public void approve(long versionId) {
        ToolVersion version = get(versionId);
        Tool tool = version.getTool();
        Instant now = Instant.now(clock);
        Optional<ToolVersion> current = publishedOf(tool.getId());
        if (current.isPresent() && current.get().getNumber() > version.getNumber()) {
            // a later version (an import) was published after this one was copied: approving it
            // would silently undo that one
            throw new InvalidInputException("error.version.outdated", current.get().getNumber());
        }
        current.ifPresent(ToolVersion::supersede);
        version.publish(caller(), now);
        PublishedAnswers.apply(em, version, questionsById(), null, now);
        audit().record(
                        caller(),
                        "version.published",
                        "Tool",
                        tool.getId(),
                        "version " + version.getNumber());
        tellProvider(version, "versionPublished");
        if (tool.getStatus() == ToolStatus.DRAFT) {
            tool.publish(now);
            published.fire(
                    ToolPublished.of(
                            tool.getId(), tool.getName(), ToolCurationService.purposes(tool)));
        } else if (tool.isListed()) {
            updated.fire(new ToolUpdated(Map.of(tool.getId(), tool.getName())));
        }
    }

    public void sendBack(long versionId, Map<String, String> comments, String note) {
        ToolVersion version = get(versionId);
        version.sendBack(
                comments == null ? Map.of() : comments, note, caller(), Instant.now(clock));
        audit().record(
                        caller(),
                        "version.returned",
                        "Tool",
                        version.getTool().getId(),
                        "version " + version.getNumber());
        tellProvider(version, "versionReturned");
    }

    public void reject(long versionId, String reason) {
        ToolVersion version = get(versionId);
        version.reject(reason, caller(), Instant.now(clock));
        audit().record(
                        caller(),
                        "version.rejected",
                        "Tool",
                        version.getTool().getId(),
                        "version " + version.getNumber() + ": " + version.getDecisionNote());
        tellProvider(version, "versionRejected");
    }

    /** Every version of a tool, newest first (curators see drafts and refused ones too). */
    public List<ToolVersion> versions(long toolId) {
        ToolLookup.get(em, toolId);
        return em.createNamedQuery("ToolVersion.findByTool", ToolVersion.class)
                .setParameter("toolId", toolId)
                .getResultList();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public ToolVersion version(long versionId) {
        return loaded(get(versionId));
    }

    /** Both questionnaires' questions by id, in questionnaire order. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR, Roles.PROVIDER})
    public Map<String, Question> questionsById() {
        Map<String, Question> questions = new LinkedHashMap<>();
        em.createNamedQuery("Question.findAll", Question.class)
                .getResultList()
                .forEach(q -> questions.put(q.getId(), q));
        return questions;
    }

    private Optional<ToolVersion> publishedOf(long toolId) {
        return em.createNamedQuery("ToolVersion.findInState", ToolVersion.class)
                .setParameter("toolIds", List.of(toolId))
                .setParameter("state", VersionState.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    /** A tool made before versions existed gets its answers as version 1 first. */
    private ToolVersion earlierVersion(Tool tool, Instant now) {
        ToolVersion earlier =
                VersionsOfEarlierTools.versionOf(
                        tool,
                        em.createNamedQuery("Answer.findByTool", Answer.class)
                                .setParameter("toolId", tool.getId())
                                .getResultList(),
                        now);
        em.persist(earlier);
        em.flush();
        return earlier;
    }

    private int nextNumber(long toolId) {
        Integer last =
                em.createNamedQuery("ToolVersion.lastNumber", Integer.class)
                        .setParameter("toolId", toolId)
                        .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private ToolVersion get(long versionId) {
        ToolVersion version = em.find(ToolVersion.class, versionId);
        if (version == null || !mayWorkOn(version.getTool())) {
            throw new VersionNotFoundException(versionId);
        }
        return version;
    }

    /**
     * Curators work on every tool; a provider's people only on their provider's tools, and only
     * once it is a member. Anything else is "not found", as if it did not exist.
     */
    private boolean mayWorkOn(Tool tool) {
        if (context.isCallerInRole(Roles.CURATOR) || context.isCallerInRole(Roles.ADMINISTRATOR)) {
            return true;
        }
        Optional<Long> mine = ProviderPeople.providerOf(em, caller());
        return mine.isPresent()
                && mine.get().equals(tool.getProvider().getId())
                && tool.getProvider().getMembership() == ProviderMembership.MEMBER;
    }

    private Tool workable(Tool tool) {
        if (!mayWorkOn(tool)) {
            throw new ToolNotFoundException(tool.getId());
        }
        return tool;
    }

    private VersionSource callerSource() {
        return context.isCallerInRole(Roles.PROVIDER)
                ? VersionSource.PROVIDER
                : VersionSource.CURATOR;
    }

    /** The provider's people hear of every decision on their tool's versions, in their language. */
    private void tellProvider(ToolVersion version, String kind) {
        DecisionNotices.toProvider(
                em,
                mail,
                version.getTool(),
                kind,
                version.getNumber()
                        + (version.getDecisionNote() == null
                                ? ""
                                : "\n\n" + version.getDecisionNote()));
    }

    /** With its answers and comments read, for use after the transaction. */
    private ToolVersion loaded(ToolVersion version) {
        version.getAnswers().size();
        version.getComments().size();
        version.getTool().getName();
        return version;
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
