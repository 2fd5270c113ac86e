package org.retour.person;

import java.util.List;
import org.retour.model.Token;

/**
 * The lower-cased and written forms of a document's tokens as the person finder reads them, each worked
 * out once, with what the finder learns of a run of capitalised words on its first pass.
 *
 * <p>One per document and call; not thread-safe.
 */
final class NameWords {

    final String text;
    final List<Token> tokens;
    private final String[] lower;
    private final String[] surface;
    /** Per token starting a run of capitalised words: where the run ends (0 before it is known). */
    final int[] runEnds;
    /** Per token making a run alone: whether it is the subject of a speech verb (0 before it is known, 1 no, 2 yes). */
    final byte[] subject;
    /** Per token: whether it is capitalised (0 before it is known, 1 no, 2 yes). */
    private final byte[] caps;

    NameWords(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.lower = Tokens.lowered(text, tokens);
        this.surface = new String[tokens.size()];
        this.runEnds = new int[tokens.size()];
        this.subject = new byte[tokens.size()];
        this.caps = new byte[tokens.size()];
    }

    /** The number of tokens. */
    int size() {
        return tokens.size();
    }

    /** Token {@code k} in lower case. */
    String lower(int k) {
        String s = lower[k];
        return s != null ? s : Tokens.lower(text, tokens.get(k));
    }

    /** Whether token {@code k} is capitalised ({@link Tokens#capitalised}). */
    boolean capitalised(int k) {
        byte c = caps[k];
        if (c == 0) {
            c = (byte) (Tokens.capitalised(text, tokens.get(k)) ? 2 : 1);
            caps[k] = c;
        }
        return c == 2;
    }

    /** Token {@code k} as written. */
    String surface(int k) {
        String s = surface[k];
        if (s == null) {
            s = tokens.get(k).span().of(text);
            surface[k] = s;
        }
        return s;
    }
}
