package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.segment.RuleTokenizer;

class FirstWordsTest {

    private static final List<String> WORDS = List.of("mi", "mai", "juin", "Etat", "islamique", "IS", "ISIS's",
            "IS-Kämpfer", "والدولة", "الدولة", "the", "of", "summer", "Raqqa", "fin", "2016", "-", ",", "vendredi",
            "l'Etat", "Syrie", "la", "كانون");

    private static TokenTrie<String> trie(String... phrases) {
        TokenTrie.Builder<String> b = TokenTrie.builder();
        for (String p : phrases) {
            b.add(TokenTrie.words(p, "fr"), p);
        }
        return b.build();
    }

    private static TokenView view(String text) {
        return new TokenView(text, RuleTokenizer.bundled().tokenize(text, 0, text.length(), "fr"));
    }

    @Test
    void noTrieFindsAPhraseAtATokenTheFirstWordsTurnAway() {
        List<TokenTrie<String>> tries = List.of(trie("Etat islamique", "IS", "ISIS"), trie("juin", "mai", "la Syrie"),
                trie("الدولة", "summer of"), trie());
        FirstWords first = FirstWords.of(tries.toArray(TokenTrie[]::new));
        Random random = new Random(7);
        int found = 0;
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            TokenView v = view(text.toString());
            for (int i = 0; i < v.size(); i++) {
                boolean any = false;
                for (TokenTrie<String> t : tries) {
                    any |= t.longestAt(v, i) != null;
                }
                if (any) {
                    found++;
                    assertThat(first.mayStartAt(v, i)).as("token %d of '%s'", i, text).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void aWordThatBeginsNoPhraseIsTurnedAway() {
        FirstWords first = FirstWords.of(trie("Etat islamique"), trie("juin"));
        TokenView v = view("la juin Etat Raqqa");
        assertThat(first.mayStartAt(v, 0)).isFalse();
        assertThat(first.mayStartAt(v, 1)).isTrue();
        assertThat(first.mayStartAt(v, 2)).isTrue();
        assertThat(first.mayStartAt(v, 3)).isFalse();
    }
}
