package org.globalhub.selection.control;

import java.util.Arrays;

/**
 * The n smallest of a stream of longs, kept in a max-heap of n: the first page of a long list in
 * one pass, without boxing or sorting the whole list.
 */
final class LongHeap {

    private final long[] heap;
    private int size;

    LongHeap(int capacity) {
        heap = new long[Math.max(0, capacity)];
    }

    void offer(long value) {
        if (size < heap.length) {
            heap[size] = value;
            up(size++);
        } else if (size > 0 && value < heap[0]) {
            heap[0] = value;
            down(0);
        }
    }

    /** The values kept, smallest first. */
    long[] sorted() {
        long[] values = Arrays.copyOf(heap, size);
        Arrays.sort(values);
        return values;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] >= heap[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < size && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
