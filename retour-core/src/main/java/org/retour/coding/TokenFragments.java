package org.retour.coding;

import java.util.Arrays;
import org.retour.entity.TokenView;

/**
 * The cue words of a document read through the tokens of its words layer ({@link TokenView}): the words
 * of a token are read once per thread for the characters it is written with, and copied
 * for every later token written the same, instead of being folded and looked up again character by
 * character.
 *
 * <p>The result is exactly what {@link CueReader} reads from the whole text. A reading may stop at a
 * position and start again there, carrying only the boundary pending, when the character on one side of
 * it {@link CueCharacters#separates separates} words: it ends any word and starts none, and the apostrophe
 * rules never look past it. A token with such positions at both its edges is copied; what lies between
 * such tokens (spaces, text outside sentences, tokens whose edges are not such positions, as "aujourd'"
 * before "hui" would be) is read character by character as before.
 *
 * <p>One table per thread ({@link #local}), whatever vocabulary searches the words, two-way as
 * {@link WordTable} is, so it never needs clearing. Design decision: by slot, the token's surface (compared by
 * identity, as the words layer shares one surface among the tokens written the same) in one array, and what
 * its words are in typed arrays beside it: for a token that is one word from edge to edge with no boundary in
 * it (nearly all), that word and whether the last vocabulary that read it searches it, otherwise its
 * {@link Fragment}. A token is found by the hash of its characters that the words layer took once for the word
 * ({@link TokenView#hash}), read beside its surface, rather than by hashing the characters again or reading the
 * surface string, which lies elsewhere in memory; a plain token's word is then put with the vocabulary's judgement read from the
 * table, so the word itself, which lies elsewhere in memory too, is not read here at all.
 */
final class TokenFragments {

    /** Slots of a table, one token's words each. */
    static final int SLOTS = 1 << 14;
    private static final ThreadLocal<TokenFragments> LOCAL = ThreadLocal.withInitial(TokenFragments::new);

    /**
     * The words of one token read alone: each word's span relative to the token's start and the boundary
     * before it (the first word's from the token's own characters only), and the boundary pending after the
     * last word (after all the characters when there is no word).
     */
    static final class Fragment {
        /** The words. */
        final WordTable.Word[] words;
        final int[] starts;
        final int[] ends;
        final byte[] boundaries;
        final byte trailing;

        Fragment(WordTable.Word[] words, int[] starts, int[] ends, byte[] boundaries, byte trailing) {
            this.words = words;
            this.starts = starts;
            this.ends = ends;
            this.boundaries = boundaries;
            this.trailing = trailing;
        }

        /** Whether the fragment is one word from the first character of a token of {@code length} to its last, with no boundary. */
        boolean plain(int length) {
            return words.length == 1 && starts[0] == 0 && ends[0] == length && boundaries[0] == CueTokens.NONE
                    && trailing == CueTokens.NONE;
        }
    }

    /** By slot: the surface of the token whose words are kept there, or null. */
    private final String[] surfaces = new String[SLOTS];
    /** By slot: the word of a plain token, or null for a token of another {@link Fragment}. */
    private final WordTable.Word[] words = new WordTable.Word[SLOTS];
    /** By slot: the fragment of a token that is not plain, or null. */
    private final Fragment[] fragments = new Fragment[SLOTS];
    /** By slot: whether {@link #judgedFor} searches the plain token's word ({@link #SEARCHED}, {@link #REFUSED}), or not judged yet. */
    private final byte[] verdicts = new byte[SLOTS];
    private static final byte UNJUDGED = 0;
    private static final byte SEARCHED = 1;
    private static final byte REFUSED = 2;
    /** The vocabulary whose judgements {@link #verdicts} holds. */
    private Vocabulary judgedFor;
    /** Per token of the document being read, its slot as {@link #knownSlots} found it; grown as documents need. */
    private int[] known = new int[0];

    private TokenFragments() {
    }

    /** The table of the current thread. */
    static TokenFragments local() {
        return LOCAL.get();
    }

    /**
     * The words of the whole text of {@code view}, to be searched with the patterns of {@code vocabulary}, as
     * {@link CueTokens#of(String, Vocabulary)} reads them.
     */
    CueTokens read(TokenView view, Vocabulary vocabulary) {
        return read(view, vocabulary, null);
    }

    /** The words {@link #read(TokenView, Vocabulary)} reads, read into {@code arrays} when not null. */
    CueTokens read(TokenView view, Vocabulary vocabulary, WordArrays arrays) {
        String text = view.text();
        CueReader.Builder b = new CueReader.Builder(text, vocabulary, arrays);
        if (vocabulary != judgedFor) {
            Arrays.fill(verdicts, UNJUDGED);
            judgedFor = vocabulary;
        }
        int[] known = knownSlots(view);
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
            String surface = view.surface(i);
            int k = known[i];
            if (k < 0 || surfaces[k] != surface) { // a token put since the first pass may have moved it
                k = home(view.hash(i));
                if (surfaces[k] != surface) {
                    k = surfaces[k + 1] == surface ? k + 1 : slotOf(text, s, e, surface, k);
                }
            }
            WordTable.Word w = words[k];
            if (w == null) {
                b.append(fragments[k], s);
                pos = e;
                continue;
            }
            byte verdict = verdicts[k];
            if (verdict == UNJUDGED) {
                verdict = vocabulary == null || w.searchedBy(vocabulary) ? SEARCHED : REFUSED;
                verdicts[k] = verdict;
            }
            b.put(w, verdict == SEARCHED, s, e);
            pos = e;
        }
        if (pos < text.length()) {
            CueReader.scan(text, pos, text.length(), b);
        }
        return b.build();
    }

    /**
     * Per token of {@code view}, the slot that keeps its surface as a plain word judged for the current vocabulary, or
     * -1. Design decision: the table is seldom in the cache when a document comes; this first pass reads the slots of
     * all tokens with reads that do not wait on each other, where the reading pass would wait on each token's slot
     * before it reads the next token's.
     */
    private int[] knownSlots(TokenView view) {
        int n = view.size();
        if (known.length < n) {
            known = new int[Math.max(n, 2 * known.length)];
        }
        int[] out = known;
        for (int i = 0; i < n; i++) {
            String surface = view.surface(i);
            int k = home(view.hash(i));
            k = surfaces[k] == surface ? k : surfaces[k + 1] == surface ? k + 1 : -1;
            out[i] = k >= 0 && words[k] != null && verdicts[k] != UNJUDGED ? k : -1;
        }
        return out;
    }

    /** The first of the two slots a word of hash {@code hash} may take (an even slot; the next one is its overflow). */
    private static int home(int hash) {
        return (hash * 0x9E3779B1 >>> 16) & (SLOTS - 2);
    }

    /** Whether a reading of {@code text} may stop and start again at {@code p}. */
    static boolean splits(String text, int p) {
        return p == 0 || p >= text.length() || CueCharacters.separates(text.charAt(p - 1))
                || CueCharacters.separates(text.charAt(p));
    }

    /**
     * The slot of the token {@code text[s, e)}, written {@code surface}, whose first slot is {@code slot}:
     * one that kept an equal surface (now kept as this one), or the first, where its words are read and put.
     */
    private int slotOf(String text, int s, int e, String surface, int slot) {
        for (int k = slot; k <= slot + 1; k++) {
            if (surface.equals(surfaces[k])) {
                surfaces[k] = surface;
                return k;
            }
        }
        surfaces[slot + 1] = surfaces[slot];
        words[slot + 1] = words[slot];
        fragments[slot + 1] = fragments[slot];
        verdicts[slot + 1] = verdicts[slot];
        Fragment f = readAlone(text, s, e);
        boolean plain = f.plain(e - s);
        surfaces[slot] = surface;
        words[slot] = plain ? f.words[0] : null;
        fragments[slot] = plain ? null : f;
        verdicts[slot] = UNJUDGED;
        return slot;
    }

    /** The words of the token {@code text[s, e)} read alone, whatever vocabulary will search them. */
    private static Fragment readAlone(String text, int s, int e) {
        CueReader.Builder b = new CueReader.Builder(text, null, 4);
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
        return new Fragment(words, starts, ends, boundaries, b.pending);
    }
}
