package org.globalhub.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.learning.boundary.LearningService;
import org.globalhub.learning.boundary.LearningService.ModuleView;
import org.globalhub.learning.control.LearningContent.LibraryItem;
import org.globalhub.web.shell.Messages;

/**
 * The learning section ({@code /learning/index.xhtml}): modules with the agent's progress, and the
 * library.
 */
@Named
@RequestScoped
public class LearningBacking {

    static final List<String> TOPICS = List.of("ETHICS", "CHILDREN", "LAW_ENFORCEMENT", "RISK");
    static final List<String> LEVELS = List.of("BEGINNER", "INTERMEDIATE", "ADVANCED");
    static final List<String> LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh");

    @EJB LearningService learning;

    private String topic;
    private String level;
    private String language;
    private List<ModuleView> modules;

    public List<ModuleView> getModules() {
        if (modules == null) {
            modules = learning.modules(Messages.language());
        }
        return modules;
    }

    /**
     * The library with the filters from the URL; a value that is not one of the lists is ignored.
     */
    public List<LibraryItem> getResources() {
        return learning.resources(
                known(TOPICS, topic), known(LEVELS, level), known(LANGUAGES, language));
    }

    private static String known(List<String> allowed, String value) {
        return value != null && allowed.contains(value) ? value : null;
    }

    public List<LearningService.ProviderTraining> getProviderTrainings() {
        return learning.providerTrainings();
    }

    public List<String> getTopics() {
        return TOPICS;
    }

    public List<String> getLevels() {
        return LEVELS;
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
