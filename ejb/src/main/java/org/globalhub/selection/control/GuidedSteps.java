package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;

/**
 * The guided questions, in order, as earlier answers shape them: the languages question comes only
 * when the material holds words (text, audio, chats); the operating-system question only when the
 * tool must run on the agency's own machines; the material question offers what the chosen tasks
 * work on.
 */
public final class GuidedSteps {

    /** Each step and the URL parameter its answer goes into. */
    public static final Map<String, String> PARAMETERS =
            Map.of(
                    "task",
                    "task",
                    "material",
                    "data",
                    "languages",
                    "lang",
                    "where",
                    "where",
                    "os",
                    "os",
                    "budget",
                    "budget",
                    "skills",
                    "skills");

    private static final Map<Purpose, Set<Technology>> MATERIAL =
            Map.ofEntries(
                    Map.entry(
                            Purpose.MEDIA_TRIAGE,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO, Technology.METADATA)),
                    Map.entry(
                            Purpose.CSAM_CLASSIFICATION,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO)),
                    Map.entry(
                            Purpose.HASH_MATCHING, EnumSet.of(Technology.IMAGE, Technology.VIDEO)),
                    Map.entry(
                            Purpose.GROOMING_TEXT_ANALYSIS,
                            EnumSet.of(Technology.TEXT, Technology.AUDIO, Technology.METADATA)),
                    Map.entry(
                            Purpose.VICTIM_IDENTIFICATION,
                            EnumSet.of(Technology.IMAGE, Technology.VIDEO, Technology.AUDIO)),
                    Map.entry(
                            Purpose.OFFENDER_IDENTIFICATION,
                            EnumSet.of(
                                    Technology.IMAGE,
                                    Technology.VIDEO,
                                    Technology.AUDIO,
                                    Technology.TEXT)),
                    Map.entry(
                            Purpose.AGE_ESTIMATION, EnumSet.of(Technology.IMAGE, Technology.VIDEO)),
                    Map.entry(
                            Purpose.OSINT_DARK_WEB,
                            EnumSet.of(Technology.TEXT, Technology.IMAGE, Technology.METADATA)),
                    Map.entry(
                            Purpose.LIVE_STREAM_DETECTION,
                            EnumSet.of(Technology.VIDEO, Technology.AUDIO)),
                    Map.entry(
                            Purpose.AUDIO_VIDEO_FORENSICS,
                            EnumSet.of(Technology.AUDIO, Technology.VIDEO)),
                    Map.entry(
                            Purpose.LINK_ANALYSIS_CASE_MANAGEMENT,
                            EnumSet.of(Technology.METADATA, Technology.TEXT)));

    private GuidedSteps() {}

    public static List<String> steps(GuidedAnswers answers) {
        List<String> steps = new ArrayList<>(List.of("task", "material"));
        if (answers.asksLanguages()) {
            steps.add("languages");
        }
        steps.add("where");
        if (answers.asksOs()) {
            steps.add("os");
        }
        steps.addAll(List.of("budget", "skills"));
        return steps;
    }

    /** The step after {@code step} for these answers; null when the questions are done. */
    public static String after(String step, GuidedAnswers answers) {
        List<String> steps = steps(answers);
        int at = steps.indexOf(step);
        return at < 0 ? steps.get(0) : at + 1 < steps.size() ? steps.get(at + 1) : null;
    }

    public static String before(String step, GuidedAnswers answers) {
        List<String> steps = steps(answers);
        int at = steps.indexOf(step);
        return at <= 0 ? null : steps.get(at - 1);
    }

    /**
     * The kinds of material the chosen tasks work on (all kinds when no task was chosen), in a
     * fixed order.
     */
    public static List<String> materialFor(Set<String> tasks) {
        Set<Technology> kinds = EnumSet.noneOf(Technology.class);
        for (String task : tasks) {
            try {
                kinds.addAll(
                        MATERIAL.getOrDefault(
                                Purpose.valueOf(task), EnumSet.allOf(Technology.class)));
            } catch (IllegalArgumentException e) {
                kinds.addAll(EnumSet.allOf(Technology.class));
            }
        }
        if (kinds.isEmpty()) {
            kinds = EnumSet.allOf(Technology.class);
        }
        return kinds.stream().map(Enum::name).toList();
    }
}
