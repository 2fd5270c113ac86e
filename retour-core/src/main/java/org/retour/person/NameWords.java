package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.entity.TokenView;
import org.retour.model.Token;

/**
 * The lower-cased and written forms of a document's tokens as the person finder reads them, each worked
 * out once, with what the finder learns of a run of capitalised words on its first pass.
 *
 * <p>Design decision: the written and lower-cased forms are the token view's, which each thread shares
 * between all tokens and documents written the same: no string is built per token, and a word's hash is
 * worked out once for all its lookups. One per document and call; not thread-safe.
 */
final class NameWords {

    final String text;
    final List<Token> tokens;
    private final TokenView view;
    /** Per token starting a run of capitalised words: where the run ends (0 before it is known). */
    final int[] runEnds;
    /** Per token making a run alone: whether it is the subject of a speech verb (0 before it is known, 1 no, 2 yes). */
    final byte[] subject;
    /** The lexicon's entries of the tokens. */
    final TokenEntries entries;
    /**
     * Per lower-cased word asked, whether the text writes it as a word of its own ({@link #writtenLower}); null
     * before the first question.
     */
    private Map<String, Boolean> written;

    NameWords(TokenView view, List<Token> tokens, TokenEntries entries) {
        this(view, tokens, entries, null);
    }

    /** As {@link #NameWords(TokenView, List, TokenEntries)}, with the arrays of {@code arrays} (claimed for these tokens) when not null. */
    NameWords(TokenView view, List<Token> tokens, TokenEntries entries, TokenArrays arrays) {
        this.text = view.text();
        this.tokens = tokens;
        this.view = view;
        this.runEnds = arrays != null ? arrays.runEnds : new int[tokens.size()];
        this.subject = arrays != null ? arrays.subject : new byte[tokens.size()];
        this.entries = entries;
    }

    /** The view of the tokens. */
    TokenView view() {
        return view;
    }

    /** The number of tokens. */
    int size() {
        return tokens.size();
    }

    /** Token {@code k} in lower case. */
    String lower(int k) {
        return view.lower(k);
    }

    /** Whether token {@code k} is capitalised ({@link Tokens#capitalised}). */
    boolean capitalised(int k) {
        return entries.capitalised(k);
    }

    /**
     * Whether only spaces (no line break) separate token {@code k} from the next ({@link Tokens#adjacent}),
     * read from the view's offsets rather than the token records.
     */
    boolean adjacent(int k) {
        return Tokens.adjacent(text, view.end(k), view.start(k + 1));
    }

    /** The kind of token {@code k}, from the view. */
    Token.Kind kind(int k) {
        return view.kind(k);
    }

    /** Token {@code k} as written. */
    String surface(int k) {
        return view.surface(k);
    }

    /**
     * Whether the text writes token {@code k} in lower case as a word of its own ({@link NameEvidence#hasWord}).
     *
     * <p>Design decision: each question searches the whole text, and the finders ask it of the same words
     * run after run ("Amrani" … "Amrani"), so the answer is kept per word for the document.
     */
    boolean writtenLower(int k) {
        String lower = lower(k);
        if (written == null) {
            written = new HashMap<>();
        }
        Boolean known = written.get(lower);
        if (known == null) {
            known = NameEvidence.hasWord(text, lower);
            written.put(lower, known);
        }
        return known;
    }

    /** The gender of token {@code k} as a known given name, or null ({@link PersonLexicon#firstName}). */
    Gender givenName(int k) {
        return entries.givenName(k);
    }
}
