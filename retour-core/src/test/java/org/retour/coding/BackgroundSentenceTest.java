package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.pipeline.Analysis;

/**
 * A journalist's background sentence next to a former fighter's quote is not his testimony because of a
 * compound such as "Kurdish-led": only "led" with whom it led ("led him to leave") is a motive word.
 */
class BackgroundSentenceTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());
    private static final String QUOTE = "We lost a village every week, and then another one";

    private static List<Coding> narrationAfterQuote(String sentence) {
        String text = "Former fighters spoke to the charity. “" + QUOTE + ",” one former fighter said. " + sentence;
        Analysis a = new Fixtures.Quotes(text).add(QUOTE, null, "said").on(Fixtures.analyse(text, "en"));
        int from = text.indexOf(sentence);
        return RULES.code(a).stream().filter(c -> c.quote() == null && c.span().start() >= from).toList();
    }

    @Test
    void aBackgroundSentenceWithAKurdishLedCampaignIsNotTestimony() {
        assertThat(narrationAfterQuote("The group lost its last territory in 2019 after a campaign by Kurdish-led forces."))
                .isEmpty();
    }

    @Test
    void whatLedHimToLeaveNextToHisQuoteIsStillTestimony() {
        assertThat(narrationAfterQuote("Losing Raqqa led him to leave the group."))
                .extracting(Coding::code).contains("N6");
    }
}
