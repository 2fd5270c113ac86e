package org.retour.coding;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list of the elements {@code [from, to)} of an array that nobody changes once the list is made.
 *
 * <p>Design decision: the cues of a segment are sorted into one array by family and each family is a run of
 * it, rather than a list of its own, which cost a list and an array per family and segment.
 *
 * @param <E> the elements
 */
final class ArrayRun<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;
    private final int from;
    private final int size;

    /** The elements {@code [from, to)} of {@code elements}, which must hold only {@code E}s there. */
    ArrayRun(Object[] elements, int from, int to) {
        if (from < 0 || to > elements.length || from > to) {
            throw new IndexOutOfBoundsException("run [" + from + ", " + to + ") of " + elements.length);
        }
        this.elements = elements;
        this.from = from;
        this.size = to - from;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (E) elements[from + index];
    }

    @Override
    public int size() {
        return size;
    }
}
