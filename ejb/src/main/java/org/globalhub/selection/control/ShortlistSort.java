package org.globalhub.selection.control;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.selection.control.MatchScorer.Match;

/**
 * The orders an agent can choose. Ties are always broken by the visitor's neutral order (a random
 * order of their own, see {@link NeutralOrder}), never by name or id, so no provider wins a tie by
 * design. Without scores (the facet finder), MATCH is the neutral order itself.
 */
public enum ShortlistSort {
    MATCH(null),
    NAME(Comparator.comparing((ToolFacts t) -> t.name().toLowerCase(Locale.ROOT))),
    STAGE(Comparator.comparingInt(ToolFacts::stageRank)),
    REGION(Comparator.comparing(ToolFacts::region)),
    FEEDBACK(
            Comparator.comparingDouble(
                    (ToolFacts t) -> t.averageRating() == null ? 1 : -t.averageRating()));

    private final Comparator<ToolFacts> facts;

    ShortlistSort(Comparator<ToolFacts> facts) {
        this.facts = facts;
    }

    public Comparator<Match> comparator(NeutralOrder neutral) {
        Comparator<Match> primary =
                facts == null
                        ? Comparator.comparingInt(m -> -m.score())
                        : Comparator.comparing(Match::tool, facts);
        return primary.thenComparingLong(m -> neutral.rank(m.tool().shuffleKey()));
    }

    public Comparator<ToolFacts> toolComparator(NeutralOrder neutral) {
        Comparator<ToolFacts> neutralOrder =
                Comparator.comparingLong(t -> neutral.rank(t.shuffleKey()));
        return facts == null ? neutralOrder : facts.thenComparing(neutralOrder);
    }

    /** The sort named in the URL; anything else is the default. */
    public static ShortlistSort parse(String name) {
        return Optional.ofNullable(name)
                .flatMap(
                        n ->
                                Stream.of(values())
                                        .filter(s -> s.name().equalsIgnoreCase(n.strip()))
                                        .findFirst())
                .orElse(MATCH);
    }
}
