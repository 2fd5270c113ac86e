package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Common German attributions: an age for the person just named, "so die Staatsanwaltschaft", "Rakka". */
class GermanAttributionTest {

    @Test
    void theAgeDescriptionStandsForThePersonJustNamed() {
        List<Quote> q = top("Vor dem Oberlandesgericht hat der Prozess gegen den Syrien-Rückkehrer Ali M. begonnen."
                + " „Ich wollte nur noch weg“, sagte der 28-Jährige am ersten Verhandlungstag.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ali M.");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void soWithADeterminerNamesTheProsecutionAsTheSpeaker() {
        List<Quote> q = top("Der Rückkehrer Ali M. schwieg.\n\n„Der Angeklagte hat sich bewusst für den Dschihad"
                + " entschieden“, so die Staatsanwaltschaft.", "de");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void soBeforeAVerbIsNoSource() {
        List<Quote> q = top("Der Rückkehrer Ali M. sprach leise. „Ich war dort“, sagte er, so ist es.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ali M.");
    }

    @Test
    void germanSpellingsOfLifeInsideTheGroupMakeAFormerFighter() {
        List<Quote> q = top("Der junge Mann war anderthalb Jahre in Syrien und wurde in Deutschland verurteilt.\n\n"
                + "„Wir haben gegen die Nusra-Front gekämpft, nicht gegen Assad. Das konnte mir keiner erklären.“,"
                + " erzählt der junge Mann.", "de");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }

    @Test
    void anEmphasisBetweenThePronounAndItsVerbKeepsThePronounCue() {
        List<Quote> de = top("Lisa M. hat sich 2015 dem IS angeschlossen. Sie selbst sagt: „Ich war naiv.“", "de");
        assertThat(speaker(de.get(0)).name()).isEqualTo("Lisa M.");
        List<Quote> en = top("Ali Khan joined the group in 2014. He himself said: \"I was naive.\"", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Ali Khan");
    }
}
