package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description in apposition after a name that is the complement of a noun of a person (« Le père d'Issouf, un
 * cultivateur d'anacarde, ») describes that noun's person, not the name's; and nouns of local notables and trades
 * head descriptions that speak (« prévient le dignitaire »).
 */
class PersonNounComplementSpeakerTest {

    @Test
    void theFatherOfANamedSonDescribedByHisTradeSpeaksNotTheSon() {
        List<Quote> q = top("Issouf, 24 ans, est rentré au village en mars.\n\nLe père d'Issouf, un cultivateur"
                + " d'anacarde, dit n'avoir « jamais cru » que son fils reviendrait. « Quand il est arrivé, j'ai tué un"
                + " mouton. »", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isIn("un cultivateur", "Le père");
    }

    @Test
    void aNamedPersonDescribedByHisTradeStillTakesTheDescription() {
        List<Quote> q = top("Moussa Traoré, un cultivateur d'anacarde, dit n'avoir « jamais cru » au retour de son"
                + " fils.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Moussa Traoré");
    }

    @Test
    void aDignitaryTakenUpByHisTitleIsTheSheikhNamedBefore() {
        List<Quote> q = top("Le cheikh Fayçal al-Jassem, chef d'une tribu de la région, s'est porté garant pour une"
                + " quarantaine d'entre eux. « Si l'un d'eux trahit, c'est la tribu qui est déshonorée », prévient le"
                + " dignitaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fayçal al-Jassem");
    }
}
