package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named behind a possessive description at the head of the sentence before a pronoun cue ("Son
 * cousin, Nabil, venait d'être arrêté") is only told of when the person before them in the paragraph tells
 * (a verb of speech follows them) and no verb of speech follows the kin: the pronoun stays with the teller.
 */
class KinToldOfPronounTest {

    private static final String OPENING = "Le procès s'est ouvert lundi à Paris.\n\nKarim Djebbar, lui, se souvient du"
            + " jour où il a voulu partir. ";

    @Test
    void aCousinToldOfLeavesThePronounToTheParagraphsPerson() {
        List<Quote> q = top(OPENING + "Son cousin, Nabil, venait d'être arrêté près de Raqqa. « Je n'ai plus dormi"
                + " pendant une semaine », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Djebbar");
    }

    @Test
    void aCousinWhoSpeaksTakesThePronoun() {
        List<Quote> q = top(OPENING + "Son cousin, Nabil, a raconté la suite aux enquêteurs. « Je l'ai vu partir à"
                + " l'aube », a-t-il ajouté.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nabil");
    }

    @Test
    void kinAfterSomeoneWhoDoesNotTellTakesThePronoun() {
        List<Quote> q = top("Le procès s'est ouvert lundi à Paris.\n\nKarim Djebbar a rejoint l'EI à 19 ans. Son père,"
                + " Mohamed, l'a cherché pendant des mois. « J'ai appelé tout le monde », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mohamed Djebbar");
    }
}
