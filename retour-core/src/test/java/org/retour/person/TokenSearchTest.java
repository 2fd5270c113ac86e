package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.model.Span;
import org.retour.model.Token;

/** The search of a token by offset finds the first token that starts at or after it, in any list searched in turn. */
class TokenSearchTest {

    private static List<Token> randomTokens(Random random) {
        List<Token> out = new ArrayList<>();
        int at = random.nextInt(3);
        for (int k = random.nextInt(40); k > 0; k--) {
            int length = 1 + random.nextInt(6);
            out.add(new Token(new Span(at, at + length), Token.Kind.WORD));
            at += length + random.nextInt(3);
        }
        return List.copyOf(out);
    }

    private static int linear(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    @Test
    void findsTheFirstTokenAtOrAfterAnOffsetInListsSearchedInTurn() {
        Random random = new Random(5);
        List<List<Token>> lists = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lists.add(randomTokens(random));
        }
        for (int i = 0; i < 20_000; i++) {
            List<Token> tokens = lists.get(random.nextInt(lists.size()));
            int offset = random.nextInt(300) - 5;
            assertThat(Tokens.firstAtOrAfter(tokens, offset)).isEqualTo(linear(tokens, offset));
        }
    }
}
