package org.globalhub.selection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FirstInOrderTest {

    @Test
    void givesTheSameFirstElementsAsAFullSortForEverySize() {
        Random random = new Random(42);
        List<Integer> items = new ArrayList<>(IntStream.range(0, 1000).boxed().toList());
        java.util.Collections.shuffle(items, random);
        items.addAll(List.of(5, 5, 500)); // duplicates keep their place among equals
        List<Integer> sorted = items.stream().sorted().toList();
        for (int n : new int[] {0, 1, 10, 37, 499, 500, 1003, 5000}) {
            assertEquals(
                    sorted.subList(0, Math.min(n, sorted.size())),
                    FirstInOrder.of(items, Comparator.naturalOrder(), n),
                    "n = " + n);
        }
    }

    @Test
    void emptyListGivesNothing() {
        assertEquals(List.of(), FirstInOrder.of(List.<Integer>of(), Comparator.naturalOrder(), 10));
    }
}
