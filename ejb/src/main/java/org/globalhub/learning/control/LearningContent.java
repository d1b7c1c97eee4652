package org.globalhub.learning.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The learning modules and the resource library as the application ships them ({@code
 * learning/N-id.xml} in English, {@code learning/<language>/N-id.xml} in each other language of the
 * Hub, {@code learning/resources.xml}): read once, kept in memory. Every translation has the
 * English module's lessons, questions, options and right answers (checked when loading, so a broken
 * translation fails the deployment, and by {@code LearningContentTest}). Lesson bodies are XHTML
 * written by the Hub's team (trusted, reviewed with the code); content written by curators in the
 * Hub will need sanitising.
 */
public final class LearningContent {

    /** The module files, in reading order. */
    static final List<String> FILES =
            List.of(
                    "1-ai-basics",
                    "2-errors",
                    "3-bias",
                    "4-oversight",
                    "5-data-protection",
                    "6-wellbeing",
                    "7-choosing");

    public record Check(String question, List<String> options, int answer, String why) {}

    public record Lesson(
            String id, String moduleId, String title, String body, List<Check> checks) {}

    /** {@code purposes} empty: the module matters for every tool. */
    public record Module(
            String id,
            String level,
            int minutes,
            Set<String> purposes,
            String language,
            String title,
            String summary,
            List<Lesson> lessons) {
        public boolean mattersFor(Set<String> toolPurposes) {
            return purposes.isEmpty() || toolPurposes.stream().anyMatch(purposes::contains);
        }
    }

    public record LibraryItem(
            String title,
            String publisher,
            int year,
            String topic,
            String level,
            Set<String> languages,
            String url) {}

    /** The language the modules are written in; the others are translations of it. */
    public static final String ORIGINAL = "en";

    /** The Hub's other languages, each with its translation under {@code learning/<language>/}. */
    static final List<String> TRANSLATIONS = List.of("ar", "es", "fr", "ru", "zh");

    private static volatile LearningContent instance;

    private final Map<String, List<Module>> modules;
    private final List<LibraryItem> resources;

    private LearningContent(Map<String, List<Module>> modules, List<LibraryItem> resources) {
        this.modules = Map.copyOf(modules);
        this.resources = List.copyOf(resources);
    }

    public static LearningContent get() {
        if (instance == null) {
            synchronized (LearningContent.class) {
                if (instance == null) {
                    instance = load();
                }
            }
        }
        return instance;
    }

    /** The modules as written (English). */
    public List<Module> modules() {
        return modules.get(ORIGINAL);
    }

    /** The modules in {@code language}, or as written for a language the Hub does not have. */
    public List<Module> modules(String language) {
        return modules.getOrDefault(language, modules());
    }

    public List<LibraryItem> resources() {
        return resources;
    }

    public Optional<Module> module(String id, String language) {
        return modules(language).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String id, String language) {
        return modules(language).stream()
                .flatMap(m -> m.lessons().stream())
                .filter(l -> l.id().equals(id))
                .findFirst();
    }

    static LearningContent load() {
        Map<String, List<Module>> modules = new HashMap<>();
        List<Module> original = read("learning/");
        modules.put(ORIGINAL, original);
        for (String language : TRANSLATIONS) {
            List<Module> translated = read("learning/" + language + "/");
            sameShape(original, translated, language);
            modules.put(language, translated);
        }
        List<LibraryItem> resources = new ArrayList<>();
        for (Element r :
                children(parse("learning/resources.xml").getDocumentElement(), "resource")) {
            resources.add(
                    new LibraryItem(
                            r.getAttribute("title"),
                            r.getAttribute("publisher"),
                            Integer.parseInt(r.getAttribute("year")),
                            r.getAttribute("topic"),
                            r.getAttribute("level"),
                            new LinkedHashSet<>(
                                    Arrays.asList(r.getAttribute("language").split(","))),
                            r.getAttribute("url")));
        }
        return new LearningContent(modules, resources);
    }

    /**
     * Refuses a translation that differs from the original in anything but its words: modules,
     * levels, lengths, purposes, lessons, questions, number of options or right answers.
     */
    static void sameShape(List<Module> original, List<Module> translated, String language) {
        if (!shape(original).equals(shape(translated))) {
            throw new IllegalStateException(
                    "learning/"
                            + language
                            + "/ does not match the English modules: "
                            + shape(translated)
                            + " instead of "
                            + shape(original));
        }
        for (Module module : translated) {
            if (!language.equals(module.language())) {
                throw new IllegalStateException(
                        "learning/"
                                + language
                                + "/ module "
                                + module.id()
                                + " says language="
                                + module.language());
            }
        }
    }

    private static List<String> shape(List<Module> modules) {
        List<String> shape = new ArrayList<>();
        for (Module m : modules) {
            shape.add(m.id() + " " + m.level() + " " + m.minutes() + " " + m.purposes());
            for (Lesson l : m.lessons()) {
                shape.add(
                        "  "
                                + l.id()
                                + " "
                                + l.checks().stream()
                                        .map(c -> c.options().size() + ":" + c.answer())
                                        .toList());
            }
        }
        return shape;
    }

    private static List<Module> read(String folder) {
        List<Module> modules = new ArrayList<>();
        for (String file : FILES) {
            Element root = parse(folder + file + ".xml").getDocumentElement();
            String id = root.getAttribute("id");
            List<Lesson> lessons = new ArrayList<>();
            for (Element lesson : children(root, "lesson")) {
                List<Check> checks = new ArrayList<>();
                for (Element check : children(child(lesson, "check"), "q")) {
                    List<String> options =
                            children(check, "o").stream()
                                    .map(o -> o.getTextContent().strip())
                                    .toList();
                    checks.add(
                            new Check(
                                    ownText(check),
                                    options,
                                    Integer.parseInt(check.getAttribute("answer")),
                                    child(check, "why").getTextContent().strip()));
                }
                lessons.add(
                        new Lesson(
                                lesson.getAttribute("id"),
                                id,
                                child(lesson, "title").getTextContent().strip(),
                                inner(child(lesson, "body")),
                                List.copyOf(checks)));
            }
            String purposes = root.getAttribute("purposes");
            modules.add(
                    new Module(
                            id,
                            root.getAttribute("level"),
                            Integer.parseInt(root.getAttribute("minutes")),
                            "*".equals(purposes)
                                    ? Set.of()
                                    : new LinkedHashSet<>(Arrays.asList(purposes.split(","))),
                            root.getAttribute("language"),
                            child(root, "title").getTextContent().strip(),
                            child(root, "summary").getTextContent().strip(),
                            List.copyOf(lessons)));
        }
        return modules;
    }

    private static Document parse(String path) {
        try (InputStream in = LearningContent.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException
                | javax.xml.parsers.ParserConfigurationException
                | org.xml.sax.SAXException e) {
            throw new IllegalStateException("learning content " + path + " is broken", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no <" + name + ">"));
    }

    /**
     * The text of the element itself, without its child elements (the question before its options).
     */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.TEXT_NODE) {
                text.append(nodes.item(i).getTextContent());
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** The element's children as XHTML text. */
    private static String inner(Element element) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            NodeList nodes = element.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                transformer.transform(new DOMSource(nodes.item(i)), new StreamResult(out));
            }
            return out.toString().strip().replaceAll("\\s+", " ");
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
