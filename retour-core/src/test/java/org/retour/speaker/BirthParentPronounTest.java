package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A pronoun after the parents a birth is told with (« né … d'un père genevois, il … ») is still the person born. */
class BirthParentPronounTest {

    @Test
    void thePronounAfterTheParentsOfABirthIsThePersonBorn() {
        List<Quote> fr = top("Chaque matin, Jonathan Morel prend le train à Annemasse.\n\n"
                + "Binational, né à Chêne-Bourg d'un père genevois et d'une mère savoyarde, il a grandi à Thônex.\n\n"
                + "« On m'avait promis le front », raconte-t-il.", "fr");
        assertThat(speaker(fr.get(0)).name()).isEqualTo("Jonathan Morel");
        List<Quote> en = top("Every morning, Jonathan Morel takes the train at Annemasse.\n\n"
                + "Born in Leeds to a Swiss father and a French mother, he grew up in Annemasse.\n\n"
                + "“They promised me the front,” he says.", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Jonathan Morel");
    }

    @Test
    void aFatherMetWithNoBirthIsSomeoneWhoSpeaks() {
        List<Quote> q = top("Chaque matin, Jonathan Morel prend le train à Annemasse.\n\n"
                + "Au café de la gare, nous rencontrons un père genevois. « Mon fils est parti en 2014 », dit-il.", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("un père");
    }
}
