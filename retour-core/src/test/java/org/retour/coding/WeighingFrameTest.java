package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A researcher's quote about defectors is their own view when the narration around it weighs what they say
 * ("is cautious about such accounts", "estime-t-il"); without such words, it reports the defectors.
 */
class WeighingFrameTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<Coding> code(String text, String quote, String lang) {
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Hannah Marsh", Voice.RESEARCHER), "said")
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a);
    }

    private static final String QUOTE = "Defectors all say the group was losing ground";

    @Test
    void aQuoteOpeningItsSentenceAfterAWeighingSentenceIsTheResearchersView() {
        String text = "Hannah Marsh is cautious about such accounts. \"" + QUOTE + ",\" she said.";
        assertThat(code(text, QUOTE, "en")).isEmpty();
    }

    @Test
    void aQuoteWhoseOwnSentenceWeighsIsTheResearchersView() {
        String quote = "Les déserteurs disent tous que le groupe perdait du terrain";
        String text = "Des centaines de déserteurs ont été interrogés. « " + quote + " », estime Hannah Marsh.";
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Hannah Marsh", Voice.RESEARCHER), "estime")
                .on(Fixtures.analyse(text, "fr"));
        assertThat(RULES.code(a)).isEmpty();
    }

    @Test
    void theSameQuoteWithoutWeighingReportsTheDefectors() {
        String text = "Hannah Marsh met dozens of them in Turkey. \"" + QUOTE + ",\" she said.";
        assertThat(code(text, QUOTE, "en")).extracting(Coding::code).contains("N6");
    }
}
