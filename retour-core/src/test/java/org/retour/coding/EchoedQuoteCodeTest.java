package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Span;

/** A code the model alone gives the words around a quote that carries the same code only echoes it and is dropped. */
class EchoedQuoteCodeTest {

    private static Coding coding(String code, int start, int end, String quote, String coder) {
        return new Coding(code, new Span(start, end), quote, "defector", null, 0.5, coder, "evidence");
    }

    @Test
    void theModelsCodeAroundAQuoteOfTheSameCodeIsDropped() {
        Coding quote = coding("N7", 40, 120, "Q4", "rules@retour-default-36+model@abc");
        Coding around = coding("N7", 10, 150, null, "model@abc");
        assertThat(SegmentCoder.withoutEchoes(List.of(around, quote))).containsExactly(quote);
    }

    @Test
    void aCodeTheRulesGaveTheWordsAroundStays() {
        Coding quote = coding("N7", 40, 120, "Q4", "rules@retour-default-36+model@abc");
        Coding around = coding("N7", 10, 150, null, "rules@retour-default-36+model@abc");
        assertThat(SegmentCoder.withoutEchoes(List.of(around, quote))).containsExactly(around, quote);
    }

    @Test
    void anotherCodeOrAQuoteElsewhereLeavesTheModelsCode() {
        Coding quote = coding("N7", 40, 120, "Q4", "rules@retour-default-36+model@abc");
        Coding other = coding("N5", 10, 150, null, "model@abc");
        Coding apart = coding("N7", 200, 260, null, "model@abc");
        assertThat(SegmentCoder.withoutEchoes(List.of(other, quote, apart))).containsExactly(other, quote, apart);
    }
}
