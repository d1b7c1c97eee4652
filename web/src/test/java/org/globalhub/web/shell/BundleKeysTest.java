package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.globalhub.catalogue.entity.ConcernReason;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.privacy.entity.PurgeAction;
import org.globalhub.privacy.entity.RetentionCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page ships in the six languages: same keys everywhere, nothing blank, placeholders intact.
 */
class BundleKeysTest {

    private static final List<String> LANGUAGES = LocaleBacking.LANGUAGES;
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path QUESTIONS_SQL =
            Path.of("../ejb/src/main/resources/db/migration/V2__questionnaires.sql");

    static Properties load(String base, String language) throws IOException {
        String name = "/org/globalhub/web/i18n/" + base + "_" + language + ".properties";
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing bundle " + name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "questions"})
    void everyLanguageHasExactlyTheEnglishKeysAndNoBlankText(String base) throws IOException {
        Set<String> english = load(base, "en").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties bundle = load(base, language);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(bundle.stringPropertyNames());
            Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
            extra.removeAll(english);
            assertEquals(Set.of(), missing, base + "_" + language + " misses keys");
            assertEquals(
                    Set.of(), extra, base + "_" + language + " has keys English does not have");
            for (String key : bundle.stringPropertyNames()) {
                assertTrue(
                        !bundle.getProperty(key).isBlank(),
                        base + "_" + language + ": " + key + " is blank");
            }
        }
    }

    @Test
    void placeholdersMatchEnglishAndSurviveMessageFormat() throws IOException {
        Properties english = load("messages", "en");
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String language : LANGUAGES) {
            Properties bundle = load("messages", language);
            for (String key : english.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertEquals(
                        placeholders(placeholder, english.getProperty(key)),
                        placeholders(placeholder, text),
                        language + ": " + key + " has other placeholders than English");
                if (text.contains("{")) {
                    assertTrue(
                            !text.matches(".*(^|[^'])'([^']|$).*"),
                            language
                                    + ": "
                                    + key
                                    + " has a single straight apostrophe, which MessageFormat would swallow");
                    new MessageFormat(text); // throws on a broken pattern
                }
            }
        }
    }

    private static Set<String> placeholders(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Properties english = load("messages", "en");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLabelOfTheDomainHasItsText() throws IOException {
        Properties english = load("messages", "en");
        List<String> keys = new ArrayList<>();
        Stream.of(Purpose.values()).forEach(v -> keys.add("purpose." + v));
        Stream.of(Technology.values()).forEach(v -> keys.add("technology." + v));
        Stream.of(InvestigationPhase.values()).forEach(v -> keys.add("phase." + v));
        Stream.of(UnRegion.values()).forEach(v -> keys.add("region." + v));
        Stream.of(ProviderType.values()).forEach(v -> keys.add("providerType." + v));
        Stream.of(ToolStatus.values()).forEach(v -> keys.add("status." + v));
        Stream.of(ConcernReason.values()).forEach(v -> keys.add("concernReason." + v));
        Stream.of(RetentionCategory.values())
                .forEach(
                        v -> {
                            keys.add("retention.category." + v);
                            keys.add("retention.category." + v + ".what");
                        });
        Stream.of(PurgeAction.values()).forEach(v -> keys.add("retention.action." + v));
        Stream.of(org.globalhub.platform.personal.DataKind.values())
                .forEach(
                        v -> {
                            keys.add("privacy.data." + v);
                            keys.add("privacy.data." + v + ".why");
                        });
        assertEquals(List.of(), keys.stream().filter(k -> !english.containsKey(k)).toList());
    }

    @Test
    void everyQuestionSectionAndOptionOfTheMigrationHasItsText() throws IOException {
        Properties questions = load("questions", "en");
        Properties messages = load("messages", "en");
        Matcher row =
                Pattern.compile(
                                "VALUES \\('([^']+)', '[A-Z]+', '([A-Z_]+)', \\d+, '[A-Z_]+', (NULL|'([^']*)')")
                        .matcher(Files.readString(QUESTIONS_SQL));
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (row.find()) {
            count++;
            List<String> keys =
                    new ArrayList<>(List.of(row.group(1) + ".text", row.group(1) + ".help"));
            if (row.group(4) != null) {
                Stream.of(row.group(4).split(",")).forEach(code -> keys.add("option." + code));
            }
            keys.stream().filter(k -> !questions.containsKey(k)).forEach(missing::add);
            if (!messages.containsKey("section." + row.group(2))) {
                missing.add("section." + row.group(2));
            }
        }
        assertEquals(38, count, "questions found in the migration");
        assertEquals(List.of(), missing);
    }
}
