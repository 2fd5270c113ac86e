package org.retour.entity;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kind of note that one reader keeps on the words of token views ({@link TokenView#note}); each reader makes its
 * own with {@link #make}. There are at most {@link #KINDS}, as each is a field of every word.
 */
public final class NoteKind {

    /** How many kinds of notes words may keep. */
    public static final int KINDS = 3;
    private static final AtomicInteger MADE = new AtomicInteger();

    private final int index;

    private NoteKind(int index) {
        this.index = index;
    }

    /** A new kind of note, for one reader; at most {@link #KINDS} are made. */
    public static NoteKind make() {
        int index = MADE.getAndIncrement();
        if (index >= KINDS) {
            throw new IllegalStateException("words keep at most " + KINDS + " kinds of notes");
        }
        return new NoteKind(index);
    }

    /** Which field of a word keeps notes of this kind. */
    int index() {
        return index;
    }
}
