package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retour.segment.RuleTokenizer;

class WordSetTest {

    @Test
    void aTokenIsInTheSetExactlyWhenItsKeyIs() {
        WordSet set = WordSet.of(Set.of("al", "de", "années", "zqxwordsetonly"));
        List<String> words = List.of("al", "Al", "AL", "de", "De", "des", "années", "Années", "annees", "Zqxwordsetonly",
                "la", ",", "2016", "al-Hol");
        Random random = new Random(11);
        for (int doc = 0; doc < 200; doc++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            String s = text.toString();
            TokenView v = new TokenView(s, RuleTokenizer.bundled().tokenize(s, 0, s.length(), "fr"));
            for (int i = 0; i < v.size(); i++) {
                assertThat(set.contains(v, i)).as("'%s' in '%s'", v.surface(i), s).isEqualTo(set.contains(v.key(i)));
            }
        }
    }

    @Test
    void aWordOutsideTheSetIsNotInIt() {
        WordSet set = WordSet.of(Set.of("de"));
        String s = "De la";
        TokenView v = new TokenView(s, RuleTokenizer.bundled().tokenize(s, 0, s.length(), "fr"));
        assertThat(set.contains(v, 0)).isEqualTo(set.contains(Fold.key("De")));
        assertThat(set.contains(v, 1)).isFalse();
        assertThat(set.contains("la")).isFalse();
    }
}
