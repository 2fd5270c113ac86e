package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Of two sisters, « Sa sœur » or "Her sister" right after the one named as the sister stands for the other: the
 * possessive takes up the sister just named, who is not her own sister.
 */
class OtherSiblingTest {

    @Test
    void herSisterAfterTheSisterJustNamedIsTheOtherSister() {
        List<Quote> q = top("BIRMINGHAM — Halima Shah makes tea before she talks. She is 32 now.\n\n"
                + "Her sister, Nasreen, is sitting at the table. \"I never stopped writing to them,\" she says.\n\n"
                + "Halima left in 2015 with a man she had met online. \"We were locked in with the children,\" she says.\n\n"
                + "Nasreen listens, then gets up to open the window. Her sister goes on. \"What made me want to leave was"
                + " the hisba.\"", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Halima Shah");
    }

    @Test
    void saSoeurAfterTheSisterJustNamedIsTheOtherSister() {
        List<Quote> q = top("Sarah Benhamou, 33 ans, est jugée à Paris.\n\n"
                + "Sa sœur, Myriam, est assise au premier rang. « Je lui écrivais chaque semaine », dit-elle.\n\n"
                + "Myriam se lève et quitte la salle. Sa sœur poursuit : « Je voulais rentrer depuis 2017. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Myriam Benhamou");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sarah Benhamou");
    }
}
