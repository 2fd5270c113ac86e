package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountTest {

    private static final String[] PARTS = {"Etat", "islamique", "«", "»", " ", "  ", "\u00A0", "\u202F", "\u200B", "—",
        "l'", "’", "al-", "2016", ".", ",", "…", "\n", "قال", "Süddeutsche", "!"};

    @Test
    void theCountIsTheNumberOfWordsTheDecisionReads() {
        Random random = new Random(3);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                s.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String text = s.toString();
            assertThat(WordShapeQuoteDecision.wordCount(text)).as("'%s'", text)
                    .isEqualTo(WordShapeQuoteDecision.words(text).size());
        }
    }

    @Test
    void aKnownNameOfManyWordsIsStillNoQuote() {
        WordShapeQuoteDecision decision = WordShapeQuoteDecision.bundled();
        MarkContext context = new MarkContext("", "", true);
        assertThat(decision.isQuote("l'Etat Islamique en Irak et au Levant", context, "fr")).isFalse();
        assertThat(decision.isQuote("Nous sommes rentrés parce que la vie là-bas était devenue impossible", context, "fr"))
                .isTrue();
    }
}
