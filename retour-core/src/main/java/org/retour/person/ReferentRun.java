package org.retour.person;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.retour.person.Referents.Referent;

/**
 * A run of consecutive referents of a document, read in place from the array that holds them all: what
 * {@link Referents#within} answers when the referents inside a stretch follow one another.
 *
 * <p>Design decision: the speakers' stage asks for the referents within a stretch of text many times per
 * quote, and each answer was a new list and its growing arrays; most stretches hold a run of consecutive
 * referents, which a view of two ints over the shared array answers without copying. The view cannot be
 * changed; it answers {@code contains}, {@code indexOf} and {@code equals} as any list does, null
 * included. Immutable.
 */
final class ReferentRun extends AbstractList<Referent> implements RandomAccess {

    private final Referent[] all;
    private final int from;
    private final int to;

    /** The referents {@code all[from, to)}; the array must not change. */
    ReferentRun(Referent[] all, int from, int to) {
        if (from < 0 || to > all.length || from > to) {
            throw new IndexOutOfBoundsException("run " + from + ".." + to + " of " + all.length);
        }
        this.all = all;
        this.from = from;
        this.to = to;
    }

    @Override
    public Referent get(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException("index " + index + " of " + (to - from));
        }
        return all[from + index];
    }

    @Override
    public int size() {
        return to - from;
    }
}
