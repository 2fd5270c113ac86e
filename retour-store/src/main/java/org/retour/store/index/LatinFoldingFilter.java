package org.retour.store.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * A token filter that folds accented and other non-ASCII Latin letters to ASCII exactly as
 * {@link ASCIIFoldingFilter} does, but passes tokens with nothing to fold straight through.
 *
 * <p>Design decision: {@link ASCIIFoldingFilter} sends every character of a token with any non-ASCII
 * character through its folding table, which for Arabic, Greek or Cyrillic text finds nothing to
 * fold, character after character. No character from U+02B0 to U+1CFF folds (checked over the whole
 * basic plane by the tests), so a token whose non-ASCII characters all lie there is left as it is.
 */
public final class LatinFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    /** A filter folding the tokens of {@code input}. */
    public LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    /** Whether {@link ASCIIFoldingFilter} may change {@code c}. */
    static boolean mayFold(char c) {
        return c >= 0x80 && (c < 0x2B0 || c >= 0x1D00);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (mayFold(buffer[i])) {
                fold(buffer, length);
                break;
            }
        }
        return true;
    }

    private void fold(char[] buffer, int length) {
        int needed = 4 * length;
        if (output.length < needed) {
            output = new char[ArrayUtil.oversize(needed, Character.BYTES)];
        }
        int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
        term.copyBuffer(output, 0, n);
    }
}
