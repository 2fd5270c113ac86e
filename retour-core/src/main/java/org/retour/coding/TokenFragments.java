package org.retour.coding;

import org.retour.entity.TokenView;

/**
 * The cue words of a document read through the tokens of its words layer ({@link TokenView}): the words
 * of a token are read once per thread for the characters it is written with, as a {@link Fragment}, and
 * copied for every later token written the same, instead of being folded and looked up again character
 * by character.
 *
 * <p>The result is exactly what {@link CueReader} reads from the whole text. A reading may stop at a
 * position and start again there, carrying only the boundary pending, when the character on one side of
 * it {@link CueCharacters#separates separates} words: it ends any word and starts none, and the apostrophe
 * rules never look past it. A token with such positions at both its edges is copied from its fragment;
 * what lies between such tokens (spaces, text outside sentences, tokens whose edges are not such
 * positions, as "aujourd'" before "hui" would be) is read character by character as before.
 *
 * <p>One table per thread ({@link #local()}), two-way as {@link WordTable} is, so it never needs clearing.
 */
final class TokenFragments {

    /** Slots of the table, one fragment each. */
    static final int SLOTS = 1 << 14;
    private static final ThreadLocal<TokenFragments> LOCAL = ThreadLocal.withInitial(TokenFragments::new);

    /**
     * The words of one token read alone, for one vocabulary: each word's span relative to the token's start
     * and the boundary before it (the first word's from the token's own characters only), and the boundary
     * pending after the last word (after all the characters when there is no word).
     */
    static final class Fragment {
        final String surface;
        final int hash;
        final Vocabulary vocabulary;
        /** The words; null for a word the vocabulary refuses. */
        final WordTable.Word[] words;
        final int[] starts;
        final int[] ends;
        final byte[] boundaries;
        final byte trailing;
        /**
         * Whether the token is one word from its first character to its last with no boundary in it, as most
         * are. Design decision: such a token is copied from this flag, {@link #first} and {@link #length}
         * without reading the arrays of words, spans and boundaries.
         */
        final boolean plain;
        /** The first word, or null. */
        final WordTable.Word first;
        /** The length of the token. */
        final int length;

        Fragment(String surface, int hash, Vocabulary vocabulary, WordTable.Word[] words, int[] starts, int[] ends,
                 byte[] boundaries, byte trailing) {
            this.surface = surface;
            this.hash = hash;
            this.vocabulary = vocabulary;
            this.words = words;
            this.starts = starts;
            this.ends = ends;
            this.boundaries = boundaries;
            this.trailing = trailing;
            this.first = words.length > 0 ? words[0] : null;
            this.length = surface.length();
            this.plain = words.length == 1 && starts[0] == 0 && ends[0] == surface.length()
                    && boundaries[0] == CueTokens.NONE && trailing == CueTokens.NONE;
        }

        /** Whether this is the fragment of {@code surface} (whose hash code is {@code h}) for {@code v}. */
        boolean of(String surface, int h, Vocabulary v) {
            return vocabulary == v && (this.surface == surface || hash == h && this.surface.equals(surface));
        }
    }

    private final Fragment[] slots = new Fragment[SLOTS];

    private TokenFragments() {
    }

    /** The table of the current thread. */
    static TokenFragments local() {
        return LOCAL.get();
    }

    /**
     * The words of the whole text of {@code view}, of which those {@code vocabulary} refuses are null until
     * asked for, as {@link CueTokens#of(String, Vocabulary)} reads them.
     */
    CueTokens read(TokenView view, Vocabulary vocabulary) {
        String text = view.text();
        CueReader.Builder b = new CueReader.Builder(text, vocabulary);
        int pos = 0;
        for (int i = 0, n = view.size(); i < n; i++) {
            int s = view.start(i);
            int e = view.end(i);
            if (s < pos || e <= s || !splits(text, s) || !splits(text, e)) {
                continue;
            }
            // one space between tokens, the common case, changes nothing
            if (s > pos && (s > pos + 1 || text.charAt(pos) != ' ')) {
                CueReader.scan(text, pos, s, b);
            }
            b.append(fragment(text, s, e, view.surface(i), vocabulary), s);
            pos = e;
        }
        if (pos < text.length()) {
            CueReader.scan(text, pos, text.length(), b);
        }
        return b.build();
    }

    /** Whether a reading of {@code text} may stop and start again at {@code p}. */
    static boolean splits(String text, int p) {
        return p == 0 || p >= text.length() || CueCharacters.separates(text.charAt(p - 1))
                || CueCharacters.separates(text.charAt(p));
    }

    /** The fragment of the token {@code text[s, e)}, written {@code surface}, for {@code vocabulary}. */
    private Fragment fragment(String text, int s, int e, String surface, Vocabulary vocabulary) {
        int h = surface.hashCode();
        int slot = (h * 0x9E3779B1 >>> 16) & (SLOTS - 2);
        Fragment f = slots[slot];
        if (f != null && f.of(surface, h, vocabulary)) {
            return f;
        }
        f = slots[slot + 1];
        if (f != null && f.of(surface, h, vocabulary)) {
            return f;
        }
        f = readAlone(text, s, e, surface, h, vocabulary);
        slots[slot + 1] = slots[slot];
        slots[slot] = f;
        return f;
    }

    private static Fragment readAlone(String text, int s, int e, String surface, int h, Vocabulary vocabulary) {
        CueReader.Builder b = new CueReader.Builder(text, vocabulary, 4);
        b.pending = CueTokens.NONE;
        CueReader.scan(text, s, e, b);
        int n = b.size();
        WordTable.Word[] words = new WordTable.Word[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        byte[] boundaries = new byte[n];
        for (int k = 0; k < n; k++) {
            words[k] = b.word(k);
            starts[k] = b.start(k) - s;
            ends[k] = b.end(k) - s;
            boundaries[k] = b.boundary(k);
        }
        return new Fragment(surface, h, vocabulary, words, starts, ends, boundaries, b.pending);
    }
}
