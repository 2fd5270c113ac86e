package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A paragraph opened by "For X," or "Pour X," gives X's view: X is the topic its pronouns speak for. */
class ViewHolderTopicTest {

    @Test
    void forAmiraThePronounIsAmiraNotTheLastResearcher() {
        List<Quote> q = top("Amira came back in 2022.\n\nDr Leah Cohen says the women rarely talked about ideology."
                + " \"They talk about their mothers,\" she says.\n\nFor Amira, that is exactly it. \"I used to dream about"
                + " my mum's kitchen,\" she says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amira");
    }

    @Test
    void aPrepositionInsideTheSentenceStillGovernsItsComplement() {
        List<Quote> q = top("Dr Leah Cohen says the women rarely talked about ideology. \"They talk about their mothers,\""
                + " she says.\n\nShe worked for Amira, then for others. \"It was hard,\" she says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Leah Cohen");
    }
}
