package org.globalhub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NeutralOrderTest {

    private static List<Long> order(long seed, List<Long> keys) {
        NeutralOrder order = NeutralOrder.forSeed(seed);
        return keys.stream()
                .sorted(Comparator.comparingLong(order::rank).thenComparing(key -> key))
                .toList();
    }

    private static List<Long> shuffleKeys(int count) {
        Random random = new Random(7);
        return LongStream.range(0, count)
                .map(i -> random.nextLong(NeutralOrder.MODULUS))
                .boxed()
                .toList();
    }

    @Test
    void sameSeedGivesSameOrderSoPagingIsStable() {
        List<Long> ids = shuffleKeys(40);
        assertEquals(order(42, ids), order(42, ids));
        assertNotEquals(order(42, ids), order(43, ids));
    }

    @Test
    void everyToolIsFirstForSomeVisitorsAndNoneIsFavoured() {
        int tools = 40;
        int visitors = 8000;
        List<Long> ids = shuffleKeys(tools);
        int[] firstPlaces = new int[tools];
        for (long seed = 0; seed < visitors; seed++) {
            firstPlaces[ids.indexOf(order(seed, ids).get(0))]++;
        }
        double expected = (double) visitors / tools;
        for (int count : firstPlaces) {
            // binomial standard deviation is about 14 here: ±40% is far outside chance, far inside
            // the old bias
            assertTrue(
                    count > expected * 0.6 && count < expected * 1.4,
                    "first-place count " + count + " vs " + expected);
        }
    }
}
