package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedWordsTest {

    private static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        for (MarkedWords w = new MarkedWords(text); w.advance(); ) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.word());
            out.add(w.word() + "@" + w.start());
        }
        return out;
    }

    @Test
    void wordsAreTrimmedOfTheirPunctuationWithUtf16Offsets() {
        assertThat(read("« l'État islamique », dit-il…")).containsExactly("l'État@2", "islamique@9", "dit-il@22");
        assertThat(read("😀 Daech (EI) 😀 !")).containsExactly("Daech@3", "EI@10");
        assertThat(read("  الدولة  الإسلامية. ")).containsExactly("الدولة@2", "الإسلامية@10");
    }

    @Test
    void textWithoutLetterOrDigitHasNoWord() {
        assertThat(read("")).isEmpty();
        assertThat(read(" … « » -- 😀 ")).isEmpty();
    }

    @Test
    void theWordsAreThoseTheQuoteDecisionReads() {
        String text = "„Süddeutsche Zeitung“, 12 mai 2015";
        assertThat(WordShapeQuoteDecision.words(text)).containsExactly("Süddeutsche", "Zeitung", "12", "mai", "2015");
    }
}
