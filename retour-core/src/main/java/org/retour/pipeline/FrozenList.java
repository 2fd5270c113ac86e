package org.retour.pipeline;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that its maker hands over and no longer writes, which
 * {@link Analysis#with} stores as it is instead of copying it.
 *
 * <p>Design decision: a stage that collects a long list (the tokens, some thousand per document) in a
 * scratch buffer of its thread copies it once, to an array of the exact size, and hands that array over;
 * {@link List#copyOf} would copy it a second time. Nulls are refused, as {@link List#copyOf} refuses them.
 *
 * @param <E> the elements
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;

    private FrozenList(E[] elements) {
        this.elements = elements;
    }

    /**
     * The list of {@code elements}, which the caller hands over: it must not write the array afterwards.
     * Throws {@link NullPointerException} on a null element.
     */
    public static <E> FrozenList<E> handOver(E[] elements) {
        for (E e : elements) {
            Objects.requireNonNull(e);
        }
        return new FrozenList<>(elements);
    }

    /** The elements of {@code list}, copied once to an array of their number. */
    @SuppressWarnings("unchecked")
    public static <E> FrozenList<E> copyOf(List<? extends E> list) {
        return handOver((E[]) list.toArray());
    }

    @Override
    public E get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            public E next() {
                if (next >= elements.length) {
                    throw new NoSuchElementException();
                }
                return elements[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length, Object[].class);
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < elements.length; i++) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
