package org.retour.segment;

import java.util.List;
import org.retour.model.Token;

/** Splits text into tokens. Implementations are thread-safe. */
public interface Tokenizer {

    /** The tokens of {@code text[start, end)}, with spans into {@code text}, in order. */
    List<Token> tokenize(String text, int start, int end, String language);

    /** Adds the tokens of {@code text[start, end)} to {@code out}, in order. */
    default void tokenize(String text, int start, int end, String language, List<Token> out) {
        out.addAll(tokenize(text, start, end, language));
    }

    /** The tokens of the whole text. */
    default List<Token> tokenize(String text, String language) {
        return tokenize(text, 0, text.length(), language);
    }
}
