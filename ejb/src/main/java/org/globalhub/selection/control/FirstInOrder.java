package org.globalhub.selection.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first n elements of a list in an order, without sorting all of it: a page near the start of a
 * long list costs a pass with a small heap (n log n), not a sort of the whole list.
 */
public final class FirstInOrder {

    private FirstInOrder() {}

    public static <T> List<T> of(List<T> items, Comparator<? super T> order, int n) {
        if (n <= 0 || items.isEmpty()) {
            return List.of();
        }
        if (n >= items.size() / 2) {
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(order);
            return sorted.subList(0, Math.min(n, sorted.size()));
        }
        // The largest of the n smallest on top, so that it can be pushed out.
        PriorityQueue<T> smallest = new PriorityQueue<>(n + 1, Collections.reverseOrder(order));
        for (T item : items) {
            if (smallest.size() < n) {
                smallest.add(item);
            } else if (order.compare(item, smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(item);
            }
        }
        List<T> first = new ArrayList<>(smallest);
        first.sort(order);
        return first;
    }
}
