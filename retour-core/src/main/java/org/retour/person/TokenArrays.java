package org.retour.person;

import java.util.Arrays;
import org.retour.model.Entity;

/**
 * The arrays one thread's person stage keeps per token of a document (the lexicon's entries of each token,
 * where runs of capitalised words end, which tokens organisations, places and persons take, which place a
 * token names), cleared for each document rather than made anew.
 *
 * <p>Design decision: a document's tokens number in the hundreds or thousands, and the stage filled about a
 * dozen arrays of that length for each document, a sixth of what it allocated; a thread now keeps one set,
 * grown to the longest document it met, and clears the part a document uses. A document claims the set
 * ({@link #claim}) and gives it back ({@link #release}) when the stage is done with it; a claim while the
 * thread's set is in use gets a set of its own, so a call from within the stage cannot clear the arrays its
 * caller reads. The arrays may be longer than the document: each is read by token index, never by length.
 * Not thread-safe: one set per thread.
 */
final class TokenArrays {

    private static final ThreadLocal<TokenArrays> OF_THREAD = ThreadLocal.withInitial(TokenArrays::new);

    /** Whether a document holds this set. */
    private boolean claimed;
    /** How many tokens the document that holds the set has. */
    private int size;

    /** Per token, its lower-cased form's entry ({@link TokenEntries}). */
    String[][] lowerRows = new String[0][];
    /** Per token, its lower-cased form's kinds ({@link TokenEntries}). */
    int[] kinds = new int[0];
    /** Per token, its written form's entry ({@link TokenEntries}). */
    String[][] surfaceRows = new String[0][];
    /** Per token, the code of its gender as a given name ({@link TokenEntries}). */
    byte[] given = new byte[0];
    /** Per token, the code of its gender as a head noun ({@link TokenEntries}). */
    byte[] heads = new byte[0];
    /** Per token, whether it is capitalised ({@link TokenEntries}). */
    byte[] caps = new byte[0];
    /** Per token, where the run of capitalised words it opens ends ({@link NameWords}). */
    int[] runEnds = new int[0];
    /** Per token, whether it alone is the subject of a speech verb ({@link NameWords}). */
    byte[] subject = new byte[0];
    /** Per token, whether an organisation or a place takes it ({@link TakenTokens}). */
    boolean[] taken = new boolean[0];
    /** Per token, whether a person found so far covers it ({@link PublicFigures}). */
    boolean[] covered = new boolean[0];
    /** Per token, the place with a country one of whose mentions covers it ({@link CountryFromPlace}). */
    Entity[] placeAt = new Entity[0];

    private TokenArrays() {
    }

    /** A set of arrays for a document of {@code n} tokens, each cleared over its first {@code n} places. */
    static TokenArrays claim(int n) {
        TokenArrays a = OF_THREAD.get();
        if (a.claimed) {
            a = new TokenArrays();
        }
        a.claimed = true;
        a.size = n;
        if (a.given.length < n) {
            a.grow(n);
        } else {
            a.clear(n);
        }
        return a;
    }

    /** Gives the set back: its places are forgotten, so that no document's entities outlive it here. */
    void release() {
        Arrays.fill(placeAt, 0, size, null);
        claimed = false;
    }

    private void grow(int n) {
        int length = Math.max(n, given.length + (given.length >> 1));
        lowerRows = new String[length][];
        kinds = new int[length];
        surfaceRows = new String[length][];
        given = new byte[length];
        heads = new byte[length];
        caps = new byte[length];
        runEnds = new int[length];
        subject = new byte[length];
        taken = new boolean[length];
        covered = new boolean[length];
        placeAt = new Entity[length];
    }

    private void clear(int n) {
        Arrays.fill(lowerRows, 0, n, null);
        Arrays.fill(kinds, 0, n, 0);
        Arrays.fill(surfaceRows, 0, n, null);
        Arrays.fill(given, 0, n, (byte) 0);
        Arrays.fill(heads, 0, n, (byte) 0);
        Arrays.fill(caps, 0, n, (byte) 0);
        Arrays.fill(runEnds, 0, n, 0);
        Arrays.fill(subject, 0, n, (byte) 0);
        Arrays.fill(taken, 0, n, false);
        Arrays.fill(covered, 0, n, false);
        Arrays.fill(placeAt, 0, n, null);
    }
}
