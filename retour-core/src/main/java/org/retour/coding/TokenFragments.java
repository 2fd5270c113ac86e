package org.retour.coding;

import org.retour.entity.NoteKind;
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
 * <p>One reader per thread ({@link #local}), whatever vocabulary searches the words. Design decision: what a token
 * reads as is kept on its word as a {@link Reading} ({@link TokenView#note}), which every token written the same
 * shares, document after document: for a token that is one word from edge to edge with no boundary in it (nearly
 * all), that word and whether the last vocabulary that read it searches it, otherwise its {@link Fragment}. A token's
 * reading is then one read of the word the view already holds, where a table of the reader's own, keyed by the
 * token's characters, had its slots seldom in the cache and needed a first pass over the tokens to read them ahead.
 */
final class TokenFragments {

    private static final ThreadLocal<TokenFragments> LOCAL = ThreadLocal.withInitial(TokenFragments::new);
    /** The kind of the {@link Reading}s kept on words. */
    private static final NoteKind READINGS = NoteKind.make();

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

    /**
     * What a token written as the word it is kept on reads as: the {@code word} of a plain token (with whether
     * {@code judgedFor} searches it), else the {@code fragment} of its words; read by the {@code reader} of one
     * thread, whose {@link WordTable} made the words.
     */
    private record Reading(TokenFragments reader, WordTable.Word word, Fragment fragment, Vocabulary judgedFor,
                           boolean searched) {
    }

    private TokenFragments() {
    }

    /** The reader of the current thread. */
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
            Reading r = reading(view, i, vocabulary, s, e);
            if (r.word() == null) {
                b.append(r.fragment(), s);
            } else {
                b.put(r.word(), r.searched(), s, e);
            }
            pos = e;
        }
        if (pos < text.length()) {
            CueReader.scan(text, pos, text.length(), b);
        }
        return b.build();
    }

    /**
     * The reading of token {@code i} of {@code view}, written {@code text[s, e)}: the one kept on its word when this
     * reader made it (judged again for another vocabulary), else read alone and kept there.
     */
    private Reading reading(TokenView view, int i, Vocabulary vocabulary, int s, int e) {
        if (view.note(READINGS, i) instanceof Reading r && r.reader() == this) {
            if (r.word() == null || r.judgedFor() == vocabulary) {
                return r;
            }
            Reading judged = new Reading(this, r.word(), null, vocabulary, searches(vocabulary, r.word()));
            view.note(READINGS, i, judged);
            return judged;
        }
        Fragment f = readAlone(view.text(), s, e);
        Reading r = f.plain(e - s) ? new Reading(this, f.words[0], null, vocabulary, searches(vocabulary, f.words[0]))
                : new Reading(this, null, f, null, false);
        view.note(READINGS, i, r);
        return r;
    }

    /** Whether {@code vocabulary} searches {@code word}; no vocabulary searches every word. */
    private static boolean searches(Vocabulary vocabulary, WordTable.Word word) {
        return vocabulary == null || word.searchedBy(vocabulary);
    }

    /** Whether a reading of {@code text} may stop and start again at {@code p}. */
    static boolean splits(String text, int p) {
        return p == 0 || p >= text.length() || CueCharacters.separates(text.charAt(p - 1))
                || CueCharacters.separates(text.charAt(p));
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
