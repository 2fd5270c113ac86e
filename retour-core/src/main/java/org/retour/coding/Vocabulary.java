package org.retour.coding;

/**
 * The words a set of cue patterns can match, as a small filter over hash codes: a word of a text the
 * filter refuses can match no pattern, so it need not be looked up at all; a word it accepts may
 * (false positives are allowed, false negatives are not). A prefix alternative ({@code exécut*}) admits
 * every word that begins with it; an Arabic word is tested with its leading clitics taken off too,
 * as {@link WordTable} offers it.
 *
 * <p>Filled while patterns are added, then read only; reads are thread-safe once filling is done.
 */
final class Vocabulary {

    /** Bits of the filter. */
    static final int BITS = 1 << 16;
    /** The most leading characters an Arabic word loses to its clitics ("وبال"). */
    static final int ARABIC_CLITICS = 4;
    /** The longest prefix the filter tests by length; a longer prefix admits every word. */
    private static final int MAX_PREFIX = 62;

    private final long[] filter = new long[BITS / 64];
    /** Bit {@code n} is set when some prefix alternative has {@code n} characters. */
    private long prefixLengths;
    private boolean everything;

    /** Admits the words of every term of {@code pattern}. */
    void add(CuePattern pattern) {
        for (CuePattern.Term t : pattern.terms()) {
            for (int k = 0; k < t.words().size(); k++) {
                String w = t.words().get(k);
                if (t.prefix().get(k)) {
                    if (w.length() > MAX_PREFIX) {
                        everything = true;
                    } else {
                        prefixLengths |= 1L << w.length();
                    }
                }
                set(w.hashCode());
            }
        }
    }

    /** Whether the word made of the normal form {@code buf[0, len)} may match a pattern. */
    boolean admits(char[] buf, int len) {
        if (everything) {
            return true;
        }
        char c = buf[0];
        int from = c >= 0x0600 && c <= 0x06FF ? Math.max(0, Math.min(ARABIC_CLITICS, len - 2)) : 0;
        for (int k = 0; k <= from; k++) {
            if (admits(buf, k, len)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code buf[from, len)}, or a prefix of it, is a pattern word. */
    private boolean admits(char[] buf, int from, int len) {
        int h = 0;
        long lengths = prefixLengths;
        for (int i = from; i < len; i++) {
            h = 31 * h + buf[i];
            int n = i - from + 1;
            if (n <= MAX_PREFIX && (lengths >>> n & 1) != 0 && get(h)) {
                return true;
            }
        }
        return get(h);
    }

    private void set(int h) {
        int b = bit(h);
        filter[b >>> 6] |= 1L << b;
    }

    private boolean get(int h) {
        int b = bit(h);
        return (filter[b >>> 6] & 1L << b) != 0;
    }

    private static int bit(int h) {
        return (h * 0x9E3779B1) >>> 16;
    }
}
