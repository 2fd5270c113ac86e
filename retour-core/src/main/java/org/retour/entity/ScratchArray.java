package org.retour.entity;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * An array per thread that a stage fills per token of one document and drops when the document is
 * done, handed out again, cleared, for the next document.
 *
 * <p>Design decision: a stage that marks tokens (taken by an organisation, inside a date, named by an
 * entity) asked for a new array of the document's size each time, some kilobytes per document that
 * only the young generation sweeps away; an array kept per thread costs the clearing of its first
 * {@code n} cells, which a new array pays as well. The array may be longer than {@code n}, so a caller
 * bounds its loops by the token count, never by the array's length, and keeps no reference to it after
 * the document. One instance per use, so that two arrays in use at once never share storage.
 *
 * @param <T> the type of the elements
 */
public final class ScratchArray<T> {

    private final IntFunction<T[]> make;
    private final ThreadLocal<T[]> local = new ThreadLocal<>();

    /** Scratch arrays made by {@code make} (as {@code Entity[]::new}). */
    public ScratchArray(IntFunction<T[]> make) {
        this.make = make;
    }

    /** This thread's array, at least {@code n} long, its first {@code n} cells null. */
    public T[] cleared(int n) {
        T[] a = local.get();
        if (a == null || a.length < n) {
            a = make.apply(Math.max(n, a == null ? 256 : a.length + (a.length >> 1)));
            local.set(a);
            return a;
        }
        Arrays.fill(a, 0, n, null);
        return a;
    }

    /** Scratch arrays of booleans, per thread. */
    public static final class Booleans {

        private final ThreadLocal<boolean[]> local = new ThreadLocal<>();

        /** This thread's array, at least {@code n} long, its first {@code n} cells false. */
        public boolean[] cleared(int n) {
            boolean[] a = local.get();
            if (a == null || a.length < n) {
                a = new boolean[Math.max(n, a == null ? 256 : a.length + (a.length >> 1))];
                local.set(a);
                return a;
            }
            Arrays.fill(a, 0, n, false);
            return a;
        }
    }
}
