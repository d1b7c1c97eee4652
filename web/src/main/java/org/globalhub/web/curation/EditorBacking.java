package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.globalhub.catalogue.boundary.DraftChanges;
import org.globalhub.catalogue.boundary.ToolVersionService;
import org.globalhub.catalogue.entity.AnswerType;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.LocaleBacking;
import org.globalhub.web.shell.Messages;

/**
 * The questionnaire editor ({@code /curation/edit.xhtml} for curators, {@code /provider/edit.xhtml}
 * for providers; {@code ?tool=} or {@code ?version=}): a draft's description and every answer,
 * section by section, with what is still missing; free-text answers are written in one of the six
 * languages at a time. What was typed stays on the page when the service refuses something, with
 * the message next to the field.
 */
@Named
@ViewScoped
public class EditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB ToolVersionService versions;

    @Inject LocaleBacking locale;

    private Long toolId;
    private Long versionId;
    private boolean notFound;
    private String refusal;

    private transient ToolVersion version;
    private transient Map<String, Question> questions;

    /**
     * The language free-text answers are written in now; {@link #nextLanguage} is the chosen one.
     */
    private String language;

    private String nextLanguage;
    private String name;
    private String summary;
    private List<Purpose> purposes = new ArrayList<>();
    private List<Technology> technologies = new ArrayList<>();
    private List<InvestigationPhase> phases = new ArrayList<>();
    private String interfaceLanguages;
    private String analysedLanguages;
    private final Map<String, String> answers = new HashMap<>();

    /**
     * Ticked option codes by question. JSF puts a {@code String[]} into a map entry (it cannot know
     * the entry's type), the form fills it with lists: {@link #ticked} reads both.
     */
    private final Map<String, Object> choices = new HashMap<>();

    private String errorField;
    private String errorText;

    /** The view action: opens (or starts) the draft and fills the form from it. */
    public void load() {
        if (version != null) {
            return;
        }
        try {
            if (versionId != null) {
                version = versions.version(versionId);
            } else if (toolId != null) {
                version = versions.openDraft(toolId);
                versionId = version.getId();
            } else {
                throw new org.globalhub.catalogue.boundary.VersionNotFoundException("?");
            }
            if (language == null) {
                language =
                        ToolVersion.LANGUAGES.contains(locale.getLanguage())
                                ? locale.getLanguage()
                                : "en";
            }
            fill();
        } catch (BusinessException e) {
            if ("error.version.underReview".equals(e.messageKey())) {
                refusal = Messages.text(e.messageKey());
                return;
            }
            notFound = true;
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void fill() {
        ToolDescription description = version.description();
        name = description.name();
        summary = description.summary();
        purposes = new ArrayList<>(description.purposes());
        technologies = new ArrayList<>(description.technologies());
        phases = new ArrayList<>(description.phases());
        interfaceLanguages = String.join(", ", new TreeSet<>(description.interfaceLanguages()));
        analysedLanguages = String.join(", ", new TreeSet<>(description.analysedLanguages()));
        answers.clear();
        choices.clear();
        for (Question question : getQuestions()) {
            String id = question.getId();
            if (question.getAnswerType() == AnswerType.TEXT) {
                version.inLanguage(id, language).ifPresent(a -> answers.put(id, a.getText()));
            } else if (question.getAnswerType() == AnswerType.MULTI_CHOICE) {
                choices.put(
                        id,
                        version.original(id)
                                .map(a -> new ArrayList<>(Arrays.asList(a.getText().split(","))))
                                .orElseGet(ArrayList::new));
            } else {
                version.original(id).ifPresent(a -> answers.put(id, a.getText()));
            }
        }
    }

    public String save() {
        if (store()) {
            Messages.info("editor.saved");
        }
        return null;
    }

    public String submit() {
        if (!store()) {
            return null;
        }
        try {
            versions.submit(versionId);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("editor.submitted");
        Messages.keepForRedirect();
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("provider")
                ? "/provider/index?faces-redirect=true"
                : "/curation/review?faces-redirect=true&version=" + versionId;
    }

    /** Saves, then shows the free-text answers in another language. */
    public String switchLanguage() {
        if (nextLanguage != null && ToolVersion.LANGUAGES.contains(nextLanguage) && store()) {
            language = nextLanguage;
            fill();
        }
        return null;
    }

    /**
     * Sends the whole form to the service; false (with the message next to its field) if refused.
     */
    private boolean store() {
        errorField = null;
        errorText = null;
        try {
            ToolDescription description =
                    new ToolDescription(
                            name,
                            summary,
                            purposes.isEmpty() ? Set.of() : EnumSet.copyOf(purposes),
                            technologies.isEmpty() ? Set.of() : EnumSet.copyOf(technologies),
                            phases.isEmpty() ? Set.of() : EnumSet.copyOf(phases),
                            codes(interfaceLanguages),
                            codes(analysedLanguages));
            Map<String, String> written = new LinkedHashMap<>();
            for (Question question : getQuestions()) {
                String id = question.getId();
                written.put(
                        id,
                        question.getAnswerType() == AnswerType.MULTI_CHOICE
                                ? String.join(",", ticked(id))
                                : java.util.Objects.toString(answers.get(id), ""));
            }
            version =
                    versions.saveDraft(versionId, new DraftChanges(description, language, written));
            return true;
        } catch (BusinessException e) {
            refused(e);
            return false;
        }
    }

    private void refused(BusinessException e) {
        Object field = e.arguments().isEmpty() ? null : e.arguments().get(0);
        Object[] arguments = e.arguments().toArray();
        if (field instanceof String id
                && getQuestions().stream().anyMatch(q -> q.getId().equals(id))) {
            errorField = id;
            arguments[0] =
                    ResourceBundle.getBundle(
                                    "org.globalhub.web.i18n.questions",
                                    FacesContext.getCurrentInstance().getViewRoot().getLocale())
                            .getString(id + ".text");
        } else if (field instanceof String key) {
            errorField = key;
        }
        errorText = Messages.text(e.messageKey(), arguments);
        Messages.error(e);
    }

    private static Set<String> codes(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toSet());
    }

    // What the page shows

    public List<Question> getQuestions() {
        if (questions == null) {
            questions = versions.questionsById();
        }
        return List.copyOf(questions.values());
    }

    /** Questions grouped by questionnaire section, in order: section code → questions. */
    public List<Map.Entry<String, List<Question>>> getSections() {
        Map<String, List<Question>> sections = new LinkedHashMap<>();
        for (Question question : getQuestions()) {
            sections.computeIfAbsent(
                            question.getQuestionnaire() + "." + question.getSection(),
                            k -> new ArrayList<>())
                    .add(question);
        }
        return new ArrayList<>(sections.entrySet());
    }

    public List<String> codesOf(Question question) {
        return switch (question.getAnswerType()) {
            case YES_NO -> List.of("yes", "no", "partly");
            case SCALE -> List.of("1", "2", "3", "4", "5");
            default -> question.getOptions();
        };
    }

    /** The original of a free-text answer when it is in another language than the one written. */
    public VersionAnswer originalElsewhere(String questionId) {
        ToolVersion shown = getVersion();
        return shown == null
                ? null
                : shown.original(questionId)
                        .filter(a -> !a.getLanguage().equals(language))
                        .orElse(null);
    }

    /** The answer was given to an earlier wording of the question: its author is asked again. */
    public boolean isEarlierWording(Question question) {
        ToolVersion shown = getVersion();
        return shown != null
                && shown.original(question.getId())
                        .map(a -> a.getQuestionVersion() < question.getVersion())
                        .orElse(false);
    }

    /** A curator's comments on the description's fields (name, summary, labels, languages). */
    public List<Map.Entry<String, String>> getDescriptionComments() {
        ToolVersion shown = getVersion();
        return shown == null
                ? List.of()
                : shown.getComments().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("tool."))
                        .toList();
    }

    public boolean isAnswered(Question question) {
        String id = question.getId();
        if (question.getAnswerType() == AnswerType.MULTI_CHOICE) {
            return !ticked(id).isEmpty();
        }
        String text = answers.get(id);
        return (text != null && !text.isBlank())
                || (question.getAnswerType() == AnswerType.TEXT && originalElsewhere(id) != null);
    }

    public long getAnsweredCount() {
        return getQuestions().stream().filter(this::isAnswered).count();
    }

    public long getMissingRequiredCount() {
        return getQuestions().stream().filter(q -> q.isRequired() && !isAnswered(q)).count();
    }

    public int getProgress() {
        int total = getQuestions().size();
        return total == 0 ? 100 : (int) (100 * getAnsweredCount() / total);
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? errorText : null;
    }

    public ToolVersion getVersion() {
        if (version == null && versionId != null && !notFound) {
            version = versions.version(versionId);
        }
        return version;
    }

    public List<Purpose> getAllPurposes() {
        return List.of(Purpose.values());
    }

    public List<Technology> getAllTechnologies() {
        return List.of(Technology.values());
    }

    public List<InvestigationPhase> getAllPhases() {
        return List.of(InvestigationPhase.values());
    }

    public List<String> getWritingLanguages() {
        return LocaleBacking.LANGUAGES;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getToolId() {
        return toolId;
    }

    public void setToolId(Long toolId) {
        this.toolId = toolId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public String getLanguage() {
        return language;
    }

    public String getNextLanguage() {
        return nextLanguage == null ? language : nextLanguage;
    }

    public void setNextLanguage(String nextLanguage) {
        this.nextLanguage = nextLanguage;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<Purpose> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<Purpose> purposes) {
        this.purposes = purposes;
    }

    public List<Technology> getTechnologies() {
        return technologies;
    }

    public void setTechnologies(List<Technology> technologies) {
        this.technologies = technologies;
    }

    public List<InvestigationPhase> getPhases() {
        return phases;
    }

    public void setPhases(List<InvestigationPhase> phases) {
        this.phases = phases;
    }

    public String getInterfaceLanguages() {
        return interfaceLanguages;
    }

    public void setInterfaceLanguages(String interfaceLanguages) {
        this.interfaceLanguages = interfaceLanguages;
    }

    public String getAnalysedLanguages() {
        return analysedLanguages;
    }

    public void setAnalysedLanguages(String analysedLanguages) {
        this.analysedLanguages = analysedLanguages;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    private List<String> ticked(String questionId) {
        Object value = choices.get(questionId);
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public Map<String, Object> getChoices() {
        return choices;
    }
}
