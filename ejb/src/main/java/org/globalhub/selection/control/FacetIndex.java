package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.NeutralOrder;

/**
 * The published catalogue as bit sets, one per facet value: filtering and counting are set
 * operations in memory, without SQL. Counts follow the usual faceted-search rule: a value's count
 * is how many tools would match if that value were added, with the other facets' choices applied
 * (so choosing Arabic does not make the other languages' counts drop to zero).
 */
public final class FacetIndex {

    private final List<ToolFacts> tools;
    private final Map<Facet, Map<String, BitSet>> bits = new EnumMap<>(Facet.class);
    private final Map<Long, Integer> positions = new HashMap<>();

    /** Per tool: name, summary and provider's name in lower case, for the catalogue's search. */
    private final String[][] searchable;

    /** Per tool (in id order, like {@link #tools}): its shuffle key for the neutral order. */
    private final long[] shuffleKeys;

    /** Per tool: its place by name (lower case, then id) and newest first (then id). */
    private final int[] byName;

    private final int[] byNewest;

    public FacetIndex(List<ToolFacts> tools) {
        this.tools = tools.stream().sorted(Comparator.comparingLong(ToolFacts::id)).toList();
        this.searchable = new String[this.tools.size()][];
        this.shuffleKeys = this.tools.stream().mapToLong(ToolFacts::shuffleKey).toArray();
        this.byName =
                places(
                        Comparator.comparing((ToolFacts t) -> lower(t.name()))
                                .thenComparing(ToolFacts::id));
        this.byNewest =
                places(
                        Comparator.comparing(ToolFacts::createdAt, Comparator.reverseOrder())
                                .thenComparing(ToolFacts::id));
        for (Facet facet : Facet.values()) {
            bits.put(facet, new HashMap<>());
        }
        for (int i = 0; i < this.tools.size(); i++) {
            ToolFacts tool = this.tools.get(i);
            positions.put(tool.id(), i);
            searchable[i] =
                    new String[] {
                        lower(tool.name()), lower(tool.summary()), lower(tool.providerName())
                    };
            for (Facet facet : Facet.values()) {
                for (String value : tool.get(facet)) {
                    bits.get(facet).computeIfAbsent(value, v -> new BitSet()).set(i);
                }
            }
        }
    }

    /**
     * The tools that match, and per facet the count of each value (values in the facet's order).
     */
    public FacetResult query(FacetSelection selection) {
        Map<Facet, BitSet> perFacet = new EnumMap<>(Facet.class);
        for (Map.Entry<Facet, Set<String>> chosen : selection.chosen().entrySet()) {
            BitSet any = new BitSet();
            chosen.getValue()
                    .forEach(v -> any.or(bits.get(chosen.getKey()).getOrDefault(v, new BitSet())));
            perFacet.put(chosen.getKey(), any);
        }
        BitSet matching = all();
        perFacet.values().forEach(matching::and);
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            BitSet others = all();
            perFacet.forEach(
                    (f, set) -> {
                        if (f != facet) {
                            others.and(set);
                        }
                    });
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String value : valuesOf(facet)) {
                BitSet both = (BitSet) bits.get(facet).getOrDefault(value, new BitSet()).clone();
                both.and(others);
                values.put(value, both.cardinality());
            }
            counts.put(facet, values);
        }
        List<ToolFacts> found = new ArrayList<>(matching.cardinality());
        matching.stream().forEach(i -> found.add(tools.get(i)));
        return new FacetResult(found, counts);
    }

    /** One page of the catalogue's list: its tools, where it starts, and how many match. */
    public record Page(List<ToolFacts> tools, int first, int total) {}

    /**
     * A page of the tools that match a visitor's query of the catalogue's list: the text, literally
     * and ignoring case, in the name, the summary or the provider's name; each filter given; in the
     * query's order (the visitor's neutral shuffle, name, or newest first; ties by id). A page past
     * the end gives the first. Costs a pass over the matching tools with a heap of one page's
     * length: primitive keys (place in the order, then position), no sorting of the whole list.
     */
    public Page page(CatalogueQuery query, int first, int size) {
        BitSet matching = all();
        keep(matching, Facet.PURPOSE, query.purpose());
        keep(matching, Facet.DATA, query.technology());
        keep(matching, Facet.REGION, query.region());
        keep(matching, Facet.ANALYSED_LANGUAGE, query.analysedLanguage());
        String text = query.text() == null ? null : lower(query.text());
        String phase = query.phase() == null ? null : query.phase().name();
        if (text != null || phase != null) {
            for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
                if ((phase != null && !tools.get(i).phases().contains(phase))
                        || (text != null && !contains(searchable[i], text))) {
                    matching.clear(i);
                }
            }
        }
        int total = matching.cardinality();
        int start = first < 0 || first >= total ? 0 : first - first % size;
        NeutralOrder neutral = NeutralOrder.forSeed(query.seed());
        LongHeap heap = new LongHeap(Math.min(total, start + size));
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            long place =
                    switch (query.sort()) {
                        case NAME -> byName[i];
                        case NEWEST -> byNewest[i];
                        case NEUTRAL -> neutral.rank(shuffleKeys[i]);
                    };
            heap.offer(place << 32 | i); // positions are in id order: ties go by id
        }
        long[] leading = heap.sorted();
        List<ToolFacts> page = new ArrayList<>(size);
        for (int k = start; k < leading.length; k++) {
            page.add(tools.get((int) leading[k]));
        }
        return new Page(page, start, total);
    }

    private static boolean contains(String[] texts, String text) {
        for (String t : texts) {
            if (t.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Each tool's place (0 = first) in an order. */
    private int[] places(Comparator<ToolFacts> order) {
        Integer[] positions = new Integer[tools.size()];
        Arrays.setAll(positions, i -> i);
        Arrays.sort(positions, Comparator.comparing(tools::get, order));
        int[] places = new int[tools.size()];
        for (int place = 0; place < positions.length; place++) {
            places[positions[place]] = place;
        }
        return places;
    }

    private void keep(BitSet matching, Facet facet, Object value) {
        if (value != null) {
            matching.and(bits.get(facet).getOrDefault(String.valueOf(value), new BitSet()));
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /**
     * The facet's values: its fixed list, or for languages those the tools have (sorted), unknown
     * last.
     */
    private List<String> valuesOf(Facet facet) {
        if (!facet.isLanguage()) {
            return facet.getValues();
        }
        List<String> present = new ArrayList<>(bits.get(facet).keySet());
        present.remove(Facet.UNKNOWN);
        Collections.sort(present);
        present.add(Facet.UNKNOWN);
        return present;
    }

    private BitSet all() {
        BitSet all = new BitSet(tools.size());
        all.set(0, tools.size());
        return all;
    }

    public List<ToolFacts> tools() {
        return tools;
    }

    public ToolFacts find(long toolId) {
        Integer position = positions.get(toolId);
        return position == null ? null : tools.get(position);
    }

    public int size() {
        return tools.size();
    }

    /** What a facet query found. */
    public record FacetResult(List<ToolFacts> tools, Map<Facet, Map<String, Integer>> counts) {}
}
