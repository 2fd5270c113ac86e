package org.retour.speaker;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.retour.model.Entity;
import org.retour.person.PersonDescription;

/**
 * A set of the persons and descriptions of one document that a rule noted (letter writers, readers,
 * speakers given a quote of their own), compared by {@code equals} as a hash set compares them.
 *
 * <p>Design decision: such a set holds a few of a document's speakers, and the persons are records
 * whose hash code is worked out over all their mentions each time; looking through a short array,
 * the same object first, costs less than hashing them. Iterates in the order of addition. Not
 * thread-safe: one per document.
 */
final class SpeakerSet implements Iterable<Object> {

    private Object[] items = new Object[4];
    /**
     * The {@link #key} of each item: an object equal to none of the same key is equal to none. Design
     * decision: the records compared here ask every field in turn; comparing an int turns most away.
     */
    private int[] keys = new int[4];
    private int size;

    /** Adds {@code who} unless the set holds it already; true when it was added. */
    boolean add(Object who) {
        if (held(who)) {
            return false;
        }
        int h = who == null ? 0 : key(who);
        if (equalHeld(who, h)) {
            return false;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = h;
        items[size++] = who;
        return true;
    }

    /** Whether the set holds an object equal to {@code who}. */
    boolean contains(Object who) {
        if (held(who)) {
            return true;
        }
        return size > 0 && who != null && equalHeld(who, key(who));
    }

    /**
     * A number that equal objects share: the start of a description's span, the hash of a person's id, else the
     * hash code. Design decision: a record's own hash code reads all its fields (a person's mentions among them)
     * through method handles, which cost more than the few comparisons the key spares.
     */
    private static int key(Object who) {
        return switch (who) {
            case PersonDescription p -> p.span().start();
            case Entity e -> e.id() == null ? 0 : e.id().hashCode();
            default -> who.hashCode();
        };
    }

    /** Whether the set holds {@code who} itself. */
    private boolean held(Object who) {
        for (int i = 0; i < size; i++) {
            if (items[i] == who) {
                return true;
            }
        }
        return false;
    }

    /** Whether the set holds an object equal to {@code who}, whose hash code is {@code h}; false for null. */
    private boolean equalHeld(Object who, int h) {
        if (who == null) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == h && items[i] != null && items[i].equals(who)) {
                return true;
            }
        }
        return false;
    }

    /** How many objects the set holds. */
    int size() {
        return size;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Object next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return items[next++];
            }
        };
    }
}
