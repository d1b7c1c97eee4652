package org.globalhub.selection.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongHeapTest {

    @Test
    void keepsTheSmallestValuesInOrderForEveryCapacity() {
        long[] values = new Random(42).longs(1000, 0, 500).toArray(); // with duplicates
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int n : new int[] {0, 1, 10, 37, 499, 1000}) {
            LongHeap heap = new LongHeap(n);
            Arrays.stream(values).forEach(heap::offer);
            assertArrayEquals(Arrays.copyOf(sorted, n), heap.sorted(), "n = " + n);
        }
    }
}
