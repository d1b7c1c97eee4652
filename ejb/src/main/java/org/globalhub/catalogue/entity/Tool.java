package org.globalhub.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.NotPersonal;

/**
 * An AI tool in the catalogue, with its labels, languages and lifecycle. The lifecycle rules live
 * here: draft → published ⇄ suspended, and any of them → removed (with a public reason, for good).
 */
@NotPersonal
@Entity
@Table(name = "tool")
@NamedQuery(name = "Tool.findByImportKey", query = "SELECT t FROM Tool t WHERE t.importKey = :key")
@NamedQuery(
        name = "Tool.countByStatus",
        query = "SELECT COUNT(t) FROM Tool t WHERE t.status = :status")
@NamedQuery(
        name = "Tool.findAllForCuration",
        query = "SELECT t FROM Tool t JOIN FETCH t.provider ORDER BY t.status, LOWER(t.name), t.id")
public class Tool {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tool_seq")
    @TableGenerator(
            name = "tool_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "TOOL",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String summary;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_purpose", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "purpose", length = 40)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_technology", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "technology", length = 20)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Technology> technologies = EnumSet.noneOf(Technology.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_phase", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "phase", length = 20)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<InvestigationPhase> phases = EnumSet.noneOf(InvestigationPhase.class);

    /** ISO 639-1 codes of the languages its screens and manuals are in. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_interface_language", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "language_code", length = 8)
    @BatchFetch(BatchFetchType.IN)
    private Set<String> interfaceLanguages = new TreeSet<>();

    /** ISO 639-1 codes of the languages whose text or speech it can analyse. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tool_analysed_language", joinColumns = @JoinColumn(name = "tool_id"))
    @Column(name = "language_code", length = 8)
    @BatchFetch(BatchFetchType.IN)
    private Set<String> analysedLanguages = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ToolStatus status = ToolStatus.DRAFT;

    /** Why the tool was suspended or removed; public once removed. */
    @Column(name = "status_reason", length = MAX_REASON)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The provider's own key for the tool, prefixed by the provider: re-imports update instead of
     * duplicating.
     */
    @Column(name = "import_key", length = 300)
    private String importKey;

    /**
     * A random number fixed at creation; the neutral order permutes these per visitor (see
     * NeutralOrder).
     */
    @Column(name = "shuffle_key", nullable = false)
    private long shuffleKey;

    /** When the provider last said the answers still hold (a publication counts). */
    @Column(name = "answers_confirmed_at", nullable = false)
    private Instant answersConfirmedAt;

    /** When the provider was last reminded that the year is ending (once per confirmation). */
    @Column(name = "confirmation_reminded_at")
    private Instant confirmationRemindedAt;

    @Version private long version;

    protected Tool() {}

    public Tool(String name, String summary, Provider provider, Instant createdAt) {
        this.name = Texts.clean(name, "tool.name", true, 200);
        this.summary = Texts.clean(summary, "tool.summary", true, 1000);
        this.provider = Objects.requireNonNull(provider);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.shuffleKey = ThreadLocalRandom.current().nextLong(NeutralOrder.MODULUS);
        this.answersConfirmedAt = createdAt;
    }

    /** Providers confirm their answers at least this often. */
    public static final java.time.Duration CONFIRMATION_PERIOD = java.time.Duration.ofDays(365);

    /** The reminder goes out this long before the period ends. */
    public static final java.time.Duration REMINDER_BEFORE = java.time.Duration.ofDays(30);

    /**
     * The answers hold as of {@code now} (a new version was published, or the provider said so).
     */
    public void answersConfirmed(Instant now) {
        this.answersConfirmedAt = Objects.requireNonNull(now);
        this.confirmationRemindedAt = null;
    }

    /** The year since the last confirmation is over: the tool shows "not confirmed since". */
    public boolean isUnconfirmedAt(Instant now) {
        return answersConfirmedAt.plus(CONFIRMATION_PERIOD).isBefore(now);
    }

    public void remindedOfConfirmation(Instant now) {
        this.confirmationRemindedAt = Objects.requireNonNull(now);
    }

    public Instant getAnswersConfirmedAt() {
        return answersConfirmedAt;
    }

    public Instant getConfirmationRemindedAt() {
        return confirmationRemindedAt;
    }

    /** Name and summary as the provider gives them; true when something changed. */
    public boolean describe(String name, String summary) {
        String newName = Texts.clean(name, "tool.name", true, 200);
        String newSummary = Texts.clean(summary, "tool.summary", true, 1000);
        boolean changed = !newName.equals(this.name) || !newSummary.equals(this.summary);
        this.name = newName;
        this.summary = newSummary;
        return changed;
    }

    public void importedAs(String key) {
        this.importKey = key;
    }

    public void label(
            Set<Purpose> purposes, Set<Technology> technologies, Set<InvestigationPhase> phases) {
        if (purposes.isEmpty()) {
            throw new InvalidInputException("error.required", "tool.purposes");
        }
        this.purposes = EnumSet.copyOf(purposes);
        this.technologies =
                technologies.isEmpty()
                        ? EnumSet.noneOf(Technology.class)
                        : EnumSet.copyOf(technologies);
        this.phases =
                phases.isEmpty()
                        ? EnumSet.noneOf(InvestigationPhase.class)
                        : EnumSet.copyOf(phases);
    }

    public void speaks(Set<String> interfaceLanguages, Set<String> analysedLanguages) {
        this.interfaceLanguages = checkLanguages(interfaceLanguages);
        this.analysedLanguages = checkLanguages(analysedLanguages);
    }

    private static Set<String> checkLanguages(Set<String> codes) {
        Set<String> checked = new TreeSet<>();
        for (String code : codes) {
            String lower = code.strip().toLowerCase(Locale.ROOT);
            if (!Set.of(Locale.getISOLanguages()).contains(lower)) {
                throw new InvalidInputException("error.language", code);
            }
            checked.add(lower);
        }
        return checked;
    }

    /** Makes a draft visible in the catalogue. */
    public void publish(Instant now) {
        requireStatus(ToolStatus.DRAFT, "publish");
        changeStatus(ToolStatus.PUBLISHED, null, now);
    }

    /** Takes a published tool out of the catalogue while a concern is looked into. */
    public void suspend(String reason, Instant now) {
        requireStatus(ToolStatus.PUBLISHED, "suspend");
        changeStatus(ToolStatus.SUSPENDED, requireReason(reason), now);
    }

    /** Puts a suspended tool back into the catalogue. */
    public void reinstate(Instant now) {
        requireStatus(ToolStatus.SUSPENDED, "reinstate");
        changeStatus(ToolStatus.PUBLISHED, null, now);
    }

    /** Removes the tool for good; its page shows the public reason instead of its content. */
    public void remove(String reason, Instant now) {
        if (status == ToolStatus.REMOVED) {
            throw new InvalidInputException("error.lifecycle", "remove", status);
        }
        changeStatus(ToolStatus.REMOVED, requireReason(reason), now);
    }

    private void requireStatus(ToolStatus expected, String transition) {
        if (status != expected) {
            throw new InvalidInputException("error.lifecycle", transition, status);
        }
    }

    private static String requireReason(String reason) {
        return Texts.clean(reason, "tool.statusReason", true, MAX_REASON);
    }

    private void changeStatus(ToolStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = Objects.requireNonNull(now);
    }

    public boolean isListed() {
        return status == ToolStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public Provider getProvider() {
        return provider;
    }

    public Set<Purpose> getPurposes() {
        return Collections.unmodifiableSet(purposes);
    }

    public Set<Technology> getTechnologies() {
        return Collections.unmodifiableSet(technologies);
    }

    public Set<InvestigationPhase> getPhases() {
        return Collections.unmodifiableSet(phases);
    }

    public Set<String> getInterfaceLanguages() {
        return Collections.unmodifiableSet(interfaceLanguages);
    }

    public Set<String> getAnalysedLanguages() {
        return Collections.unmodifiableSet(analysedLanguages);
    }

    public ToolStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getShuffleKey() {
        return shuffleKey;
    }

    public long getVersion() {
        return version;
    }

    public String getImportKey() {
        return importKey;
    }
}
