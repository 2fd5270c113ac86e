package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Span;
import org.retour.model.Token;

/**
 * Whether a token ends with an English contraction is read from its last characters alone, and answers as
 * a search of the whole text for its last apostrophe did, on accented, Arabic and emoji text, with both
 * apostrophes and UTF-16 offsets past surrogate pairs.
 */
class ContractionTailTest {

    /** The answer of a search of the whole text for the token's last apostrophe. */
    private static boolean wholeText(String text, Token t) {
        int end = t.span().end();
        int a = Math.max(text.lastIndexOf('\'', end - 1), text.lastIndexOf('’', end - 1));
        if (a <= t.span().start() || end - a > 3) {
            return false;
        }
        String tail = text.substring(a + 1, end);
        return tail.equals("d") || tail.equals("t") || tail.equals("ll") || tail.equals("re") || tail.equals("ve")
                || tail.equals("m");
    }

    @Test
    void everyStretchAnswersAsTheWholeTextSearch() {
        String[] texts = {
            "You'd say one wrong word. They'll never forget. Don’t tell anyone. We've gone; I'm here; you're 'd' t'",
            "L'homme d'Alep a dit: « J'y suis ». Hélène’s brother didn’t know' and 'll 're ve' ’m",
            "قال يزن's العبادي’t إن 'd الحياة",
            "😊'd 👋🏽’ll x'😊 it's isn't 'a'b'c'd o'neill O’Dowd ''' ’’ '",
        };
        int contractions = 0;
        for (String text : texts) {
            for (int start = 0; start < text.length(); start++) {
                for (int end = start; end <= Math.min(text.length(), start + 12); end++) {
                    Token t = new Token(new Span(start, end), Token.Kind.WORD);
                    boolean expected = wholeText(text, t);
                    assertThat(Tokens.contraction(text, t)).as("%s [%d, %d)", text, start, end).isEqualTo(expected);
                    contractions += expected ? 1 : 0;
                }
            }
        }
        assertThat(contractions).isGreaterThan(20);
    }
}
