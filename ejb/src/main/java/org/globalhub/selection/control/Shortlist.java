package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.selection.control.MatchScorer.Match;

/**
 * The guided finder's result: the tools that meet every hard requirement, scored, explained and
 * sorted; and how many were left out for which reason (the page says so).
 */
public record Shortlist(
        GuidedAnswers answers, List<Match> matches, Map<String, Integer> excludedBy, int excluded) {

    public static Shortlist of(
            List<ToolFacts> tools,
            GuidedAnswers answers,
            ShortlistSort sort,
            NeutralOrder neutral) {
        MatchScorer scorer = new MatchScorer(answers);
        List<Match> kept = new ArrayList<>();
        Map<String, Integer> excludedBy = new TreeMap<>();
        for (ToolFacts tool : tools) {
            Match match = scorer.match(tool);
            if (match.excluded()) {
                excludedBy.merge(match.exclusion().key(), 1, Integer::sum);
            } else {
                kept.add(match);
            }
        }
        kept.sort(sort.comparator(neutral));
        return new Shortlist(answers, List.copyOf(kept), excludedBy, tools.size() - kept.size());
    }
}
