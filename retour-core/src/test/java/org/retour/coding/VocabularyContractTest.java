package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random words in several scripts against the standard lexicon's patterns and the default codebook's cues:
 * the vocabulary admits exactly the words one of whose forms matches a term of one of the patterns.
 */
class VocabularyContractTest {

    private static final String[] PIECES = {"fu", "ir", "exécut", "és", "tu", "é", "ils", "pas", "n", "'", "dit",
        "verräter", "n", "ex", "brutal", "ity", "said", "told", "و", "ال", "مسلمين", "قتل", "وا", "ب", "😀", "É", "ß",
        "x\u0301", "42", "ﬁn", "İ", "Ω", "ne", "jamais", "ont", "ex-", "comb", "attant"};

    private static boolean matchesSomeTerm(List<CuePattern> patterns, String[] forms) {
        for (CuePattern p : patterns) {
            for (CuePattern.Term t : p.terms()) {
                for (String f : forms) {
                    if (!t.isGap() && t.matches(f)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void admitsExactlyTheWordsSomeTermMatchesInOneOfTheirForms() {
        List<CuePattern> patterns = StandardCues.patterns();
        Vocabulary v = new Vocabulary();
        patterns.forEach(v::add);
        Random r = new Random(17);
        int admitted = 0;
        int refused = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            CueTokens t = CueTokens.of(b.toString());
            for (int i = 0; i < t.size(); i++) {
                String[] forms = t.forms(i);
                boolean expected = matchesSomeTerm(patterns, forms);
                assertThat(v.admits(forms)).as(String.join("|", forms)).isEqualTo(expected);
                if (expected) {
                    admitted++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(admitted).as("words admitted").isGreaterThan(100);
        assertThat(refused).as("words refused").isGreaterThan(100);
    }

    @Test
    void wordsReadOnDemandHaveTheFormsOfWordsReadAtOnce() {
        String[] pieces = {"L'", "aujourd'hui", "aujourd’hui", "qu’", "Été", "ÉTAT", "straße", "cœur", "don't", "wasn’t",
            "والمسلمين", "قَتَلُوا", "😀", "x\u0301y", "İstanbul", "42", "ﬁn", " ", ", ", ". ", "'", "’", "ʼ", " « ", "-"};
        Random r = new Random(23);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            CueTokens eager = CueTokens.of(text);
            CueTokens lazy = CueTokens.of(text, new Vocabulary());
            assertThat(lazy.size()).as(text).isEqualTo(eager.size());
            for (int i = 0; i < eager.size(); i++) {
                assertThat(lazy.forms(i)).as(text).containsExactly(eager.forms(i));
            }
        }
    }

    @Test
    void wordsOfAPatternAddedAfterAJudgementAreAdmittedToo() {
        Vocabulary v = new Vocabulary();
        v.add(CuePattern.compile("fuir"));
        assertThat(v.admits(new String[] {"tuer"})).isFalse();
        v.add(CuePattern.compile("tu*"));
        assertThat(v.admits(new String[] {"tuer"})).isTrue();
        assertThat(v.admits(new String[] {"fuir"})).isTrue();
    }
}
