package org.globalhub.demo;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.globalhub.catalogue.control.VersionsOfEarlierTools;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.AnswerType;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * Fictional but realistic demo data: providers from every UN region and tools with full technical
 * and ethics answers, some with honest gaps. Deterministic (fixed seed), so demos and benchmarks
 * repeat. All names are invented; any likeness to a real product is accidental.
 */
public final class DemoCatalogue {

    private record ProviderSeed(String name, ProviderType type, String country, UnRegion region) {}

    private static final List<ProviderSeed> PROVIDERS =
            List.of(
                    new ProviderSeed(
                            "Nairobi Digital Forensics Lab",
                            ProviderType.ACADEMIA,
                            "KE",
                            UnRegion.AFRICA),
                    new ProviderSeed(
                            "SafeNet Africa Foundation",
                            ProviderType.NON_PROFIT,
                            "ZA",
                            UnRegion.AFRICA),
                    new ProviderSeed(
                            "Lagos Vision Systems", ProviderType.COMPANY, "NG", UnRegion.AFRICA),
                    new ProviderSeed(
                            "Atlas Cyber Research", ProviderType.ACADEMIA, "MA", UnRegion.AFRICA),
                    new ProviderSeed(
                            "Kiwanja Analytics", ProviderType.COMPANY, "GH", UnRegion.AFRICA),
                    new ProviderSeed(
                            "Sakura Forensic Intelligence",
                            ProviderType.COMPANY,
                            "JP",
                            UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Institute for Child Online Safety",
                            ProviderType.ACADEMIA,
                            "SG",
                            UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Bharat TrustTech", ProviderType.COMPANY, "IN", UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Mekong Child Protection Network",
                            ProviderType.NON_PROFIT,
                            "TH",
                            UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Gulf Digital Evidence Centre",
                            ProviderType.COMPANY,
                            "AE",
                            UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Pacific Signals Lab",
                            ProviderType.ACADEMIA,
                            "PH",
                            UnRegion.ASIA_PACIFIC),
                    new ProviderSeed(
                            "Vistula Forensics",
                            ProviderType.COMPANY,
                            "PL",
                            UnRegion.EASTERN_EUROPE),
                    new ProviderSeed(
                            "Baltic Open Source Intelligence Lab",
                            ProviderType.ACADEMIA,
                            "EE",
                            UnRegion.EASTERN_EUROPE),
                    new ProviderSeed(
                            "Carpathia Data Systems",
                            ProviderType.COMPANY,
                            "RO",
                            UnRegion.EASTERN_EUROPE),
                    new ProviderSeed(
                            "Safe Childhood Initiative",
                            ProviderType.NON_PROFIT,
                            "CZ",
                            UnRegion.EASTERN_EUROPE),
                    new ProviderSeed(
                            "Danube Image Research Group",
                            ProviderType.ACADEMIA,
                            "HU",
                            UnRegion.EASTERN_EUROPE),
                    new ProviderSeed(
                            "Andes Investigative Technologies",
                            ProviderType.COMPANY,
                            "CL",
                            UnRegion.LATIN_AMERICA_CARIBBEAN),
                    new ProviderSeed(
                            "Fundación Infancia Segura",
                            ProviderType.NON_PROFIT,
                            "CO",
                            UnRegion.LATIN_AMERICA_CARIBBEAN),
                    new ProviderSeed(
                            "Laboratório de Visão Computacional Paulista",
                            ProviderType.ACADEMIA,
                            "BR",
                            UnRegion.LATIN_AMERICA_CARIBBEAN),
                    new ProviderSeed(
                            "Caribe Cyber Safety",
                            ProviderType.COMPANY,
                            "JM",
                            UnRegion.LATIN_AMERICA_CARIBBEAN),
                    new ProviderSeed(
                            "Centro de Análisis Digital del Plata",
                            ProviderType.COMPANY,
                            "AR",
                            UnRegion.LATIN_AMERICA_CARIBBEAN),
                    new ProviderSeed(
                            "Nordlys Forensic Software",
                            ProviderType.COMPANY,
                            "NO",
                            UnRegion.WESTERN_EUROPE_OTHERS),
                    new ProviderSeed(
                            "Hague Centre for Responsible Investigation AI",
                            ProviderType.NON_PROFIT,
                            "NL",
                            UnRegion.WESTERN_EUROPE_OTHERS),
                    new ProviderSeed(
                            "Maple Child Safety Research",
                            ProviderType.ACADEMIA,
                            "CA",
                            UnRegion.WESTERN_EUROPE_OTHERS),
                    new ProviderSeed(
                            "Lumière Analytique",
                            ProviderType.COMPANY,
                            "FR",
                            UnRegion.WESTERN_EUROPE_OTHERS),
                    new ProviderSeed(
                            "Southern Cross Digital Safety",
                            ProviderType.COMPANY,
                            "AU",
                            UnRegion.WESTERN_EUROPE_OTHERS));

    private record Archetype(
            String noun,
            Purpose purpose,
            Set<Technology> technologies,
            Set<InvestigationPhase> phases,
            String summary,
            String inputData) {}

    private static final List<Archetype> ARCHETYPES =
            List.of(
                    new Archetype(
                            "Triage",
                            Purpose.MEDIA_TRIAGE,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO),
                            EnumSet.of(InvestigationPhase.INVESTIGATION),
                            "Sorts the pictures and videos on seized devices so that investigators look at the most relevant ones first.",
                            "images,videos,disk-images"),
                    new Archetype(
                            "Classifier",
                            Purpose.CSAM_CLASSIFICATION,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO),
                            EnumSet.of(
                                    InvestigationPhase.DETECTION, InvestigationPhase.INVESTIGATION),
                            "Flags images and videos that probably show child sexual abuse and suggests a category for a person to confirm.",
                            "images,videos"),
                    new Archetype(
                            "HashMatch",
                            Purpose.HASH_MATCHING,
                            EnumSet.of(Technology.IMAGE, Technology.METADATA),
                            EnumSet.of(
                                    InvestigationPhase.DETECTION, InvestigationPhase.INVESTIGATION),
                            "Compares files against lists of known abuse material using exact and perceptual hashes.",
                            "images,videos,metadata"),
                    new Archetype(
                            "ChatGuard",
                            Purpose.GROOMING_TEXT_ANALYSIS,
                            EnumSet.of(Technology.TEXT),
                            EnumSet.of(InvestigationPhase.PREVENTION, InvestigationPhase.DETECTION),
                            "Reads chat conversations and points out messages that look like grooming, for an analyst to review.",
                            "text,metadata"),
                    new Archetype(
                            "VictimID",
                            Purpose.VICTIM_IDENTIFICATION,
                            EnumSet.of(Technology.IMAGE, Technology.METADATA),
                            EnumSet.of(
                                    InvestigationPhase.INVESTIGATION,
                                    InvestigationPhase.VICTIM_SUPPORT),
                            "Helps find where and when a picture was taken (objects, rooms, landmarks) to locate and protect the child.",
                            "images,metadata"),
                    new Archetype(
                            "Trace",
                            Purpose.OFFENDER_IDENTIFICATION,
                            EnumSet.of(Technology.IMAGE, Technology.AUDIO),
                            EnumSet.of(InvestigationPhase.INVESTIGATION),
                            "Compares hands, voices and other traces across cases to link material to the same offender.",
                            "images,audio,videos"),
                    new Archetype(
                            "AgeEstimator",
                            Purpose.AGE_ESTIMATION,
                            EnumSet.of(Technology.IMAGE),
                            EnumSet.of(
                                    InvestigationPhase.DETECTION, InvestigationPhase.INVESTIGATION),
                            "Estimates the age range of people in images, with a margin of error shown for every estimate.",
                            "images,videos"),
                    new Archetype(
                            "DarkScope",
                            Purpose.OSINT_DARK_WEB,
                            EnumSet.of(Technology.TEXT, Technology.METADATA),
                            EnumSet.of(InvestigationPhase.PREVENTION, InvestigationPhase.DETECTION),
                            "Watches open forums and dark-web sites for offers of abuse material and sends leads to investigators.",
                            "text,metadata,network-traffic"),
                    new Archetype(
                            "StreamWatch",
                            Purpose.LIVE_STREAM_DETECTION,
                            EnumSet.of(Technology.VIDEO, Technology.AUDIO),
                            EnumSet.of(InvestigationPhase.PREVENTION, InvestigationPhase.DETECTION),
                            "Detects live-streamed abuse in video calls and streams on platforms that install it.",
                            "videos,audio"),
                    new Archetype(
                            "AV Forensics",
                            Purpose.AUDIO_VIDEO_FORENSICS,
                            EnumSet.of(Technology.AUDIO, Technology.VIDEO),
                            EnumSet.of(InvestigationPhase.INVESTIGATION),
                            "Cleans up and analyses audio and video: background sounds, speech, scene changes, edits.",
                            "audio,videos"),
                    new Archetype(
                            "CaseGraph",
                            Purpose.LINK_ANALYSIS_CASE_MANAGEMENT,
                            EnumSet.of(Technology.METADATA, Technology.TEXT),
                            EnumSet.of(InvestigationPhase.INVESTIGATION),
                            "Links accounts, devices, files and people across cases and keeps the case file in one place.",
                            "metadata,text"),
                    new Archetype(
                            "SafeView",
                            Purpose.EXPOSURE_REDUCTION,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO),
                            EnumSet.of(
                                    InvestigationPhase.INVESTIGATION,
                                    InvestigationPhase.VICTIM_SUPPORT),
                            "Blurs, greys out or mutes material until the investigator chooses to see it, to reduce their exposure.",
                            "images,videos"));

    private static final List<String> BRANDS =
            List.of(
                    "Argus",
                    "Beacon",
                    "Cedar",
                    "Delta",
                    "Ember",
                    "Falcon",
                    "Guardian",
                    "Harbor",
                    "Iris",
                    "Juniper",
                    "Kestrel",
                    "Lumen",
                    "Meridian",
                    "Nimbus",
                    "Orion",
                    "Prism",
                    "Quill",
                    "Sentinel",
                    "Tamarind",
                    "Umbra",
                    "Vela",
                    "Willow",
                    "Xenon",
                    "Yarrow",
                    "Zephyr");

    private static final List<String> LANGUAGES =
            List.of(
                    "en", "fr", "es", "ar", "zh", "ru", "pt", "de", "hi", "sw", "tl", "th", "pl",
                    "ja");

    private final EntityManager em;
    private final Random random = new Random(2026);
    private final Instant start = Instant.parse("2025-01-15T09:00:00Z");
    private final List<Long> providerIds = new ArrayList<>();

    public DemoCatalogue(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores the tools numbered {@code from} (inclusive) to {@code to} (exclusive), in the current
     * transaction; the providers with the first. A large demo catalogue is stored a slice per
     * transaction, in order, by the same instance (its random answers go on where they stopped).
     * Most tools are published; a few are drafts, one is suspended and one removed, so that every
     * lifecycle state can be seen in the demo.
     */
    public List<Tool> load(int from, int to, List<Question> questions) {
        List<Provider> providers = new ArrayList<>();
        if (providerIds.isEmpty()) {
            for (ProviderSeed seed : PROVIDERS) {
                Provider provider =
                        new Provider(
                                seed.name(),
                                seed.type(),
                                seed.country(),
                                seed.region(),
                                website(seed.name()));
                em.persist(provider);
                providers.add(provider);
            }
            em.flush();
            providers.forEach(p -> providerIds.add(p.getId()));
        } else {
            providerIds.forEach(id -> providers.add(em.find(Provider.class, id)));
        }
        List<Tool> tools = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Archetype archetype = ARCHETYPES.get(i % ARCHETYPES.size());
            Provider provider = providers.get((i * 7 + i / ARCHETYPES.size()) % providers.size());
            // (brand, archetype) pairs repeat only after 25 × 12 = 300 tools; a series number keeps
            // names unique.
            int series = i / (BRANDS.size() * ARCHETYPES.size());
            String name =
                    BRANDS.get(i % BRANDS.size())
                            + " "
                            + archetype.noun()
                            + (series > 0 ? " " + (series + 1) : "");
            Tool tool =
                    new Tool(
                            name,
                            archetype.summary(),
                            provider,
                            start.plus(Duration.ofHours(7L * i)));
            tool.label(secondPurpose(archetype), archetype.technologies(), archetype.phases());
            tool.speaks(
                    languages(2),
                    archetype.technologies().contains(Technology.TEXT)
                                    || archetype.technologies().contains(Technology.AUDIO)
                            ? languages(4)
                            : Set.of());
            em.persist(tool);
            answer(tool, archetype, provider, questions, i);
            lifecycle(tool, i);
            tools.add(tool);
        }
        return tools;
    }

    /** A fictional address under example.org: accents dropped, words joined by hyphens. */
    private static String website(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "https://"
                + ascii.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z]+", "-")
                        .replaceAll("(^-|-$)", "")
                + ".example.org";
    }

    private Set<Purpose> secondPurpose(Archetype archetype) {
        Set<Purpose> purposes = EnumSet.of(archetype.purpose());
        if (random.nextInt(3) == 0) {
            purposes.add(Purpose.values()[random.nextInt(Purpose.values().length)]);
        }
        return purposes;
    }

    private Set<String> languages(int max) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add("en");
        int extra = random.nextInt(max + 1);
        for (int i = 0; i < extra; i++) {
            codes.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        return codes;
    }

    private void lifecycle(Tool tool, int index) {
        Instant when = tool.getCreatedAt().plus(Duration.ofDays(3));
        if (index % 23 == 5) {
            return; // stays a draft
        }
        tool.publish(when);
        if (index == 17) {
            tool.suspend(
                    "Suspended while curators check a report that the provider sells access outside law enforcement.",
                    when.plus(Duration.ofDays(30)));
        } else if (index == 29) {
            tool.remove(
                    "Removed on 2025-09-02: the provider could not show that its training images were obtained lawfully.",
                    when.plus(Duration.ofDays(60)));
        }
    }

    /**
     * Full answers, except that one tool in five skips a few questions and one in nine skips the
     * ethics part.
     */
    private void answer(
            Tool tool,
            Archetype archetype,
            Provider provider,
            List<Question> questions,
            int index) {
        boolean skipsEthics = index % 9 == 4;
        List<Answer> given = new ArrayList<>();
        for (Question question : questions) {
            boolean gap =
                    (index % 5 == 2 && random.nextInt(4) == 0)
                            || (skipsEthics && question.getId().startsWith("eth."));
            if (!gap) {
                Answer answer =
                        new Answer(
                                tool,
                                question,
                                answerFor(question, archetype, provider),
                                tool.getCreatedAt());
                em.persist(answer);
                given.add(answer);
            }
        }
        em.persist(VersionsOfEarlierTools.versionOf(tool, given, tool.getCreatedAt()));
    }

    private String answerFor(Question question, Archetype archetype, Provider provider) {
        if (question.getAnswerType() == AnswerType.YES_NO) {
            return random.nextInt(5) == 0 ? "partly" : random.nextInt(4) == 0 ? "no" : "yes";
        }
        if (question.getAnswerType() == AnswerType.SCALE) {
            return String.valueOf(1 + random.nextInt(5));
        }
        if (question.getAnswerType() == AnswerType.SINGLE_CHOICE) {
            List<String> options = question.getOptions();
            return options.get(random.nextInt(options.size()));
        }
        return switch (question.getId()) {
            case "tech.input-data" -> archetype.inputData();
            case "tech.deployment" ->
                    random.nextBoolean() ? "on-premises,air-gapped" : "on-premises,cloud";
            case "tech.operating-systems" -> random.nextBoolean() ? "windows,linux" : "windows";
            default ->
                    DemoAnswers.text(
                            question.getId(), archetype.summary(), provider.getName(), random);
        };
    }

    /** A few published ratings on the first tools, so the catalogue shows them. */
    public void feedback(List<Tool> tools) {
        String[] comments = {
            "Saved our unit many hours on the last seizure. Check its results: some false positives.",
            "Good support, but the training was only in English.",
            "Works offline, which our legal service required.",
            "Hard to install; it needed a strong graphics card."
        };
        for (int i = 0; i < Math.min(tools.size(), 30); i += 3) {
            Tool tool = tools.get(i);
            if (tool.isListed()) {
                Feedback feedback =
                        new Feedback(
                                tool,
                                "demo-agent-" + (i % 4 + 1),
                                2 + random.nextInt(4),
                                comments[i % comments.length],
                                tool.getCreatedAt().plus(Duration.ofDays(40)));
                feedback.publish("curator", tool.getCreatedAt().plus(Duration.ofDays(41)));
                em.persist(feedback);
            }
        }
    }
}
