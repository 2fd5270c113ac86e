package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A sentence that opens with a person and ends on a verb of speech introduces that person's words, not those of someone
 * named in the sentence before it (« Karim a été tué en 2017. La jeune femme baisse les yeux avant de raconter. « … » »).
 */
class OwnSentenceOpenerSpeakerTest {

    private static final String OPENING = "Nadia Haddad est partie en Syrie en 2014 avec son mari, Karim. Elle est rentrée"
            + " en France en 2019.\n\nKarim a été tué en 2017 près de Mossoul. ";

    @Test
    void theYoungWomanWhoLowersHerEyesBeforeTellingSpeaks() {
        List<Quote> q = top(OPENING + "La jeune femme baisse les yeux avant de raconter. « Un voisin me l’a appris. Je"
                + " n’ai pas pleuré. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Haddad");
        assertThat(speaker(q.get(0)).role()).isEqualTo("jeune femme");
    }

    @Test
    void theWidowWhoPausesThenTellsSpeaks() {
        List<Quote> q = top(OPENING + "La veuve pose sa tasse, hésite, puis raconte. « On m’a rendu sa montre. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Haddad");
    }

    @Test
    void anIndefiniteOpenerIsSomeoneTheSentenceTellsOf() {
        List<Quote> q = top("Jörg Weber leitet die Haftanstalt seit 2015. Ein Gefangener habe ihm erzählt, er sei"
                + " geflohen. „Er hat gesagt: Ich wollte nicht mehr kämpfen.“", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jörg Weber");
    }
}
