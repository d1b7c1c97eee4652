package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches one tool against the agent's guided answers. Hard requirements leave a tool out, with the
 * reason: it does none of the tasks asked for; it cannot run where the data may be processed; it
 * costs money when there is no budget. Everything else scores (0–100): the material and languages
 * it analyses, the operating systems it runs on, the skills it needs, and whether it was validated
 * independently. A fact the provider did not give counts half and says so. Every point won or lost
 * comes with its reason.
 */
public final class MatchScorer {

    /** The outcome for one tool: left out (with the reason) or scored with its reasons. */
    public record Match(ToolFacts tool, Reason exclusion, int score, List<Reason> reasons) {
        public boolean excluded() {
            return exclusion != null;
        }
    }

    private final GuidedAnswers answers;

    public MatchScorer(GuidedAnswers answers) {
        this.answers = answers;
    }

    public Match match(ToolFacts tool) {
        Reason exclusion = hardRequirement(tool);
        if (exclusion != null) {
            return new Match(tool, exclusion, 0, List.of(exclusion));
        }
        Score score = new Score();
        if (!answers.tasks().isEmpty()) {
            score.reasons.add(
                    Reason.fits(
                            "reason.task",
                            join(intersection(answers.tasks(), tool.get(Facet.PURPOSE)))));
        }
        where(tool, score);
        budget(tool, score);
        covered(
                tool,
                Facet.DATA,
                answers.material(),
                "reason.material",
                "reason.noMaterial",
                score,
                3);
        if (answers.asksLanguages()) {
            covered(
                    tool,
                    Facet.ANALYSED_LANGUAGE,
                    answers.languages(),
                    "reason.language",
                    "reason.noLanguage",
                    score,
                    3);
        }
        if (answers.asksOs()) {
            covered(tool, Facet.OS, answers.os(), "reason.os", "reason.noOs", score, 2);
        }
        skills(tool, score);
        validation(tool, score);
        return new Match(tool, null, score.percent(), List.copyOf(score.reasons));
    }

    private Reason hardRequirement(ToolFacts tool) {
        if (!answers.tasks().isEmpty()
                && intersection(answers.tasks(), tool.get(Facet.PURPOSE)).isEmpty()) {
            return Reason.against("exclude.task", join(answers.tasks()));
        }
        if ("on-premises".equals(answers.where())
                && tool.knows(Facet.DEPLOYMENT)
                && !tool.has(Facet.DEPLOYMENT, "on-premises")
                && !tool.has(Facet.DEPLOYMENT, "air-gapped")) {
            return Reason.against("exclude.cloudOnly");
        }
        if ("air-gapped".equals(answers.where())
                && tool.knows(Facet.DEPLOYMENT)
                && !tool.has(Facet.DEPLOYMENT, "air-gapped")) {
            return Reason.against("exclude.notAirGapped");
        }
        if ("none".equals(answers.budget())
                && tool.knows(Facet.COST)
                && !tool.has(Facet.COST, "free")
                && !tool.has(Facet.COST, "open-source")) {
            return Reason.against("exclude.costs", join(tool.get(Facet.COST)));
        }
        return null;
    }

    private void where(ToolFacts tool, Score score) {
        if (answers.where() == null || "anywhere".equals(answers.where())) {
            return;
        }
        if (tool.knows(Facet.DEPLOYMENT)) {
            score.add(2, 2, Reason.fits("reason.where", answers.where()));
        } else {
            score.add(1, 2, Reason.against("reason.whereUnknown"));
        }
    }

    private void budget(ToolFacts tool, Score score) {
        if (!"none".equals(answers.budget())) {
            return;
        }
        if (tool.knows(Facet.COST)) {
            score.add(2, 2, Reason.fits("reason.free", join(tool.get(Facet.COST))));
        } else {
            score.add(1, 2, Reason.against("reason.costUnknown"));
        }
    }

    /** The share of the agent's wishes (material, languages, systems) that the tool covers. */
    private static void covered(
            ToolFacts tool,
            Facet facet,
            Set<String> wanted,
            String fitsKey,
            String missesKey,
            Score score,
            int weight) {
        if (wanted.isEmpty()) {
            return;
        }
        if (!tool.knows(facet)) {
            score.add(
                    weight / 2.0,
                    weight,
                    Reason.against(
                            facet == Facet.ANALYSED_LANGUAGE
                                    ? "reason.languagesUnknown"
                                    : facet == Facet.OS
                                            ? "reason.osUnknown"
                                            : "reason.materialUnknown"));
            return;
        }
        Set<String> hit = intersection(wanted, tool.get(facet));
        Set<String> missed = new TreeSet<>(wanted);
        missed.removeAll(hit);
        score.add(weight * (double) hit.size() / wanted.size(), weight, null);
        if (!hit.isEmpty()) {
            score.reasons.add(Reason.fits(fitsKey, join(hit)));
        }
        if (!missed.isEmpty()) {
            score.reasons.add(Reason.against(missesKey, join(missed)));
        }
    }

    private void skills(ToolFacts tool, Score score) {
        if (answers.skills() == null) {
            return;
        }
        if (tool.skillLevel() == null) {
            score.add(1, 2, Reason.against("reason.skillsUnknown"));
        } else if (tool.skillLevel() <= answers.skills()) {
            score.add(2, 2, Reason.fits("reason.skills", tool.skillLevel().toString()));
        } else {
            score.add(
                    tool.skillLevel() - answers.skills() == 1 ? 1 : 0,
                    2,
                    Reason.against(
                            "reason.tooDemanding",
                            tool.skillLevel().toString(),
                            answers.skills().toString()));
        }
    }

    private static void validation(ToolFacts tool, Score score) {
        String validated = tool.get(Facet.VALIDATION).iterator().next();
        switch (validated) {
            case "yes" -> score.add(1, 1, Reason.fits("reason.validated"));
            case "partly" -> score.add(0.5, 1, Reason.fits("reason.partlyValidated"));
            case "no" -> score.add(0, 1, Reason.against("reason.notValidated"));
            default -> score.add(0.5, 1, Reason.against("reason.validationUnknown"));
        }
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    /** Points won out of points possible, and the reasons. */
    private static final class Score {
        private double won;
        private double possible;
        private final List<Reason> reasons = new ArrayList<>();

        void add(double points, double of, Reason reason) {
            won += points;
            possible += of;
            if (reason != null) {
                reasons.add(reason);
            }
        }

        int percent() {
            return possible == 0 ? 100 : (int) Math.round(100 * won / possible);
        }
    }
}
