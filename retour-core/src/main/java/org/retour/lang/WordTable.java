package org.retour.lang;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable table from lower-case words to an int value, looked up on a range of a text without
 * building a string: the hot path of function-word counting allocates nothing.
 *
 * <p>Open addressing over a power-of-two array; thread-safe once built.
 */
final class WordTable {

    private final char[][] keys;
    private final int[] values;
    private final int mask;

    WordTable(Map<String, Integer> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new char[size][];
        values = new int[size];
        mask = size - 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            char[] k = e.getKey().toLowerCase(Locale.ROOT).toCharArray();
            int slot = hash(k, 0, k.length) & mask;
            while (keys[slot] != null && !Arrays.equals(keys[slot], k)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
    }

    /** The value of the lower-cased {@code text[start,end)}, or 0 when it is not in the table. */
    int get(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        int h = 0;
        for (int i = start; i < end; i++) {
            chars[i - start] = text.charAt(i);
            h = step(h, text.charAt(i));
        }
        return get(chars, 0, chars.length, h);
    }

    /**
     * The hash of a word so far after its next character {@code c}: a scan that reads the word's characters
     * anyway folds each in from 0, and passes the result to {@link #get(char[], int, int, int)}.
     */
    static int step(int h, char c) {
        return 31 * h + lower(c);
    }

    /**
     * The value of the lower-cased {@code chars[start,end)} given its {@link #step} hash {@code h}, or 0. Design
     * decision: the function-word count reads every letter of a text to find its words, so it hashes them as it goes
     * instead of reading each short word a second time here.
     */
    int get(char[] chars, int start, int end, int h) {
        int slot = mix(h) & mask;
        int len = end - start;
        for (char[] k = keys[slot]; k != null; k = keys[slot]) {
            if (k.length == len && matches(k, chars, start)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private static boolean matches(char[] k, char[] chars, int start) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != lower(chars[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)}. */
    private static char lower(char c) {
        return Letters.lower(c);
    }

    private static int hash(char[] k, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + k[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
