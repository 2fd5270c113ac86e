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
    void aTextIsNameShapedAsItsWordsAre() {
        WordShapeQuoteDecision decision = WordShapeQuoteDecision.bundled();
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                s.append(PARTS[random.nextInt(PARTS.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = s.toString();
            for (String lang : new String[] {"fr", "en", "de", "ar"}) {
                assertThat(decision.nameShaped(text, lang)).as("'%s' in %s", text, lang)
                        .isEqualTo(decision.nameShaped(WordShapeQuoteDecision.words(text), lang));
            }
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

    @Test
    void aBoundedCountStopsAtEnoughAndIsExactBelowIt() {
        Random random = new Random(5);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String text = s.toString();
            int enough = 1 + random.nextInt(12);
            assertThat(WordShapeQuoteDecision.wordCount(text, enough)).as("'%s' up to %d", text, enough)
                    .isEqualTo(Math.min(enough, WordShapeQuoteDecision.wordCount(text)));
        }
    }

    @Test
    void theCharacterClassesAreThoseOfCharacterForEveryChar() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            assertThat(WordShapeQuoteDecision.isLetterOrDigit(ch)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(ch));
            assertThat(WordShapeQuoteDecision.isSpace(ch)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(ch) || Character.isSpaceChar(ch));
            assertThat(MarkQuoteExtractor.isBlank(ch)).as("U+%04X", c).isEqualTo(Character.isWhitespace(ch)
                    || Character.isSpaceChar(ch) || ch == '\uFEFF' || ch == '\u200B');
        }
    }
}
