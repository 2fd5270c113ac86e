package org.retour.entity;

import java.util.Locale;

/**
 * The words one thread has met as tokens, each with what {@link TokenView} keeps of it: its written
 * form, its lookup key, its lower-cased form, its shape, its number in {@link WordIds} and, for an
 * Arabic word, its readings without a proclitic with their numbers. The same
 * characters give the same {@link Word} every time, so a word that comes back in token after token and
 * document after document is copied, folded and looked up once, not at each occurrence.
 *
 * <p>One per thread ({@link #local()}). Direct-mapped: a word takes the slot of its hash, and a new word
 * whose hash shares the slot replaces the old one, so the table never needs clearing. A word's own fields are
 * immutable and may be read from any thread; the notes readers keep on it ({@link TokenView#note}) are checked by
 * their reader as its own before use.
 */
final class TokenWords {

    /** Slots of the table, one word each. */
    static final int SLOTS = 1 << 15;
    private static final ThreadLocal<TokenWords> LOCAL = ThreadLocal.withInitial(TokenWords::new);

    /**
     * A word as tokens show it, and the notes readers keep on it ({@link TokenView#note}).
     *
     * <p>Design decision: a class rather than a record for those mutable fields, so that a later stage keeps
     * what it works out of a word on the word itself, which every token written the same shares, instead of in a
     * table of its own keyed by the word, whose slots are seldom in the cache.
     */
    static final class Word {
        private final String surface;
        private final String key;
        private final String lower;
        private final boolean capitalised;
        private final boolean arabic;
        private final boolean possessive;
        private final boolean acronym;
        private final boolean digitKey;
        private final String hyphenHead;
        private final int id;
        private final int idsFor;
        private final int hash;
        private final long packed;
        private final TokenView.Proclitic[] proclitics;
        /** What readers keep of the word ({@link TokenView#note}), by kind, each null until its reader keeps a note. */
        Object note0;
        Object note1;
        Object note2;

        /**
         * @param surface     the word as written
         * @param key         its lookup key ({@link Fold#key})
         * @param lower       the written form in lower case ({@link Locale#ROOT})
         * @param capitalised whether it begins with a capital or a letter of a caseless script
         * @param arabic      whether its key begins with an Arabic letter
         * @param possessive  whether its key ends with an English possessive "'s"
         * @param acronym     whether the word as written is an acronym ({@link TokenTrie#isAcronym})
         * @param digitKey    whether its key begins with a digit ({@link Character#isDigit(char)})
         * @param hyphenHead  its key before its first inner hyphen ("is" of "is-kampfer"), or null
         * @param id          the number of its key in {@link WordIds}, or -1, as it was when {@link WordIds}
         *                    had {@code idsFor} words
         * @param idsFor      the size of {@link WordIds} when {@code id} was looked up
         * @param hash        the hash code of {@code surface}
         * @param packed      {@code surface} packed into a number ({@link #pack}), or {@link #UNPACKED}
         * @param proclitics  its readings without an Arabic proclitic ({@link TokenView#proclitics}), each
         *                    with its number as {@link WordIds} had {@code idsFor} words
         */
        Word(String surface, String key, String lower, boolean capitalised, boolean arabic, boolean possessive,
             boolean acronym, boolean digitKey, String hyphenHead, int id, int idsFor, int hash, long packed,
             TokenView.Proclitic[] proclitics) {
            this.surface = surface;
            this.key = key;
            this.lower = lower;
            this.capitalised = capitalised;
            this.arabic = arabic;
            this.possessive = possessive;
            this.acronym = acronym;
            this.digitKey = digitKey;
            this.hyphenHead = hyphenHead;
            this.id = id;
            this.idsFor = idsFor;
            this.hash = hash;
            this.packed = packed;
            this.proclitics = proclitics;
        }

        String surface() {
            return surface;
        }

        String key() {
            return key;
        }

        String lower() {
            return lower;
        }

        boolean capitalised() {
            return capitalised;
        }

        boolean arabic() {
            return arabic;
        }

        boolean possessive() {
            return possessive;
        }

        boolean acronym() {
            return acronym;
        }

        boolean digitKey() {
            return digitKey;
        }

        String hyphenHead() {
            return hyphenHead;
        }

        int id() {
            return id;
        }

        int idsFor() {
            return idsFor;
        }

        int hash() {
            return hash;
        }

        long packed() {
            return packed;
        }

        TokenView.Proclitic[] proclitics() {
            return proclitics;
        }
    }

    /** No reading without a proclitic. */
    static final TokenView.Proclitic[] NO_PROCLITICS = new TokenView.Proclitic[0];
    private static final String[] ARABIC_PREFIXES = {"وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وك", "فب",
        "فل", "و", "ف", "ب", "ل", "ك"};

    private final Word[] words = new Word[SLOTS];

    private TokenWords() {
    }

    /** The table of the current thread. */
    static TokenWords local() {
        return LOCAL.get();
    }

    /** The word written {@code text[start, end)}, its number looked up in {@link WordIds} as it is now. */
    Word word(String text, int start, int end) {
        return word(text, start, end, hash(text, start, end), pack(text, start, end - start));
    }

    /** Per token of the last {@link #words} call: the hash of its characters and their {@link #pack}ing. */
    private int[] hashes = new int[1024];
    private long[] packs = new long[1024];

    /**
     * Sets {@code out[i]} to the {@link #word} written {@code text[starts[i], ends[i])} for each of the
     * {@code n} tokens of a document. Design decision: a token's word is in the table nearly always, but the
     * table and its words are scattered over the heap and seldom in the cache, so the words are read in three
     * passes, not token by token: the hashes and packings of all the tokens, then every slot, each read
     * independent of the others so that the processor waits for many at once, and last, in order, the tokens
     * whose slot held no word of theirs. The words are the same as {@link #word} gives token after token.
     */
    void words(String text, int[] starts, int[] ends, int n, Word[] out) {
        if (hashes.length < n) {
            hashes = new int[Math.max(n, 2 * hashes.length)];
            packs = new long[hashes.length];
        }
        int[] hs = hashes;
        long[] ps = packs;
        for (int i = 0; i < n; i++) {
            hs[i] = hashAndPack(text, starts[i], ends[i], ps, i);
        }
        int known = WordIds.size();
        Word[] table = words;
        for (int i = 0; i < n; i++) {
            Word w = table[slot(hs[i])];
            long p = ps[i];
            out[i] = w != null && w.hash == hs[i] && p != UNPACKED && w.packed == p && w.idsFor == known ? w : null;
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                out[i] = word(text, starts[i], ends[i], hs[i], ps[i]);
            }
        }
    }

    /**
     * The {@link #hash} of {@code text[start, end)}, its {@link #pack}ing stored in {@code packs[at]}: a short
     * word's characters, most of a text's, are read once for both.
     */
    private static int hashAndPack(String text, int start, int end, long[] packs, int at) {
        int len = end - start;
        if (len > 7) {
            packs[at] = UNPACKED;
            return hash(text, start, end);
        }
        int h = 0;
        long p = 0;
        int wide = 0;
        boolean narrow = len <= 3;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            h = 31 * h + c;
            p = narrow ? p << 16 | c : p << 8 | c;
            wide |= c;
        }
        packs[at] = !narrow && wide > 0xFF ? UNPACKED : p | (long) len << 56;
        return h;
    }

    /** The table slot of a word whose characters hash to {@code h}. */
    private static int slot(int h) {
        return (h * 0x9E3779B1 >>> 16) & (SLOTS - 1);
    }

    /** The hash code of {@code text[start, end)}, as {@link String#hashCode} gives it for that substring. */
    static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** {@link #word(String, int, int)} given the {@link #hash} {@code h} and the {@link #pack}ing of the characters. */
    private Word word(String text, int start, int end, int h, long packed) {
        int slot = slot(h);
        int len = end - start;
        int known = WordIds.size();
        Word w = words[slot];
        if (w != null && w.hash == h && (packed != UNPACKED ? w.packed == packed
                : w.packed == UNPACKED && w.surface.length() == len && text.regionMatches(start, w.surface, 0, len))) {
            if (w.idsFor == known) {
                return w;
            }
            Word renumbered = new Word(w.surface, w.key, w.lower, w.capitalised, w.arabic, w.possessive, w.acronym,
                    w.digitKey, w.hyphenHead, WordIds.lookup(w.key), known, h, packed,
                    w.arabic ? readings(w.key, known) : NO_PROCLITICS);
            renumbered.note0 = w.note0; // a note is of the written word, which is the same
            renumbered.note1 = w.note1;
            renumbered.note2 = w.note2;
            w = renumbered;
        } else {
            String surface = text.substring(start, end);
            String key = Fold.key(surface);
            int hyphen = key.indexOf('-');
            w = new Word(surface, key, surface.toLowerCase(Locale.ROOT), Fold.isCapitalised(surface),
                    !key.isEmpty() && Fold.isArabic(key.charAt(0)), key.endsWith("'s"), TokenTrie.isAcronym(surface),
                    !key.isEmpty() && Character.isDigit(key.charAt(0)), hyphen > 0 ? key.substring(0, hyphen) : null,
                    WordIds.lookup(key), known, h, packed,
                    !key.isEmpty() && Fold.isArabic(key.charAt(0)) ? readings(key, known) : NO_PROCLITICS);
        }
        words[slot] = w;
        return w;
    }

    /** What {@link #pack} gives a word it cannot pack. */
    static final long UNPACKED = -1;

    /**
     * The {@code len} characters of {@code text} from {@code start} with their number in one long, when they
     * fit: the number in the top byte, under it up to three characters of 16 bits or up to seven of 8 bits
     * (all below U+0100); else {@link #UNPACKED}. Two words of the same packing are the same word.
     * Design decision: most words of news text are short, and a table slot is checked against the packing
     * its word keeps beside its hash, instead of against the word's string and that string's characters,
     * two more loads from the heap that wait on each other for each token.
     */
    static long pack(String text, int start, int len) {
        if (len <= 3) {
            long p = 0;
            for (int k = 0; k < len; k++) {
                p = p << 16 | text.charAt(start + k);
            }
            return p | (long) len << 56;
        }
        if (len > 7) {
            return UNPACKED;
        }
        long p = 0;
        for (int k = 0; k < len; k++) {
            char c = text.charAt(start + k);
            if (c > 0xFF) {
                return UNPACKED;
            }
            p = p << 8 | c;
        }
        return p | (long) len << 56;
    }

    /**
     * The readings of the Arabic {@code key} without a proclitic; the article of "وال" and "لل" is kept
     * as "ال". Each rest is numbered as {@link WordIds} is with {@code known} words.
     */
    private static TokenView.Proclitic[] readings(String key, int known) {
        char c = key.charAt(0);
        if (c != 'و' && c != 'ف' && c != 'ب' && c != 'ل' && c != 'ك') {
            return NO_PROCLITICS;
        }
        java.util.ArrayList<TokenView.Proclitic> out = new java.util.ArrayList<>(3);
        for (String p : ARABIC_PREFIXES) {
            if (key.length() > p.length() + 1 && key.startsWith(p)) {
                boolean article = p.endsWith("لل") || p.endsWith("ال");
                String rest = article ? "ال" + key.substring(p.length()) : key.substring(p.length());
                int letters = p.endsWith("لل") ? p.length() - 1 : p.endsWith("ال") ? p.length() - 2 : p.length();
                out.add(new TokenView.Proclitic(rest, letters, WordIds.lookup(rest), known));
            }
        }
        return out.toArray(NO_PROCLITICS);
    }
}
