package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Pronominal verbs of speech, inverted after the words (« s'est-il défendu », « s'est-elle défendue »), and the
 * verbs of a post on a network (« a tweeté ») are cues.
 */
class PronominalCueTest {

    private static final String PROSECUTOR = "Le procureur, Marc Julien, a parlé longuement. « Ils savaient tout », a-t-il"
            + " dit.\n\n";

    @Test
    void anInvertedPronominalVerbIsACueForTheManBeforeIt() {
        List<Quote> q = top(PROSECUTOR + "Son coaccusé, Sofiane M., 38 ans, a nié toute implication. «Je ne l'ai jamais"
                + " poussé à partir», s'est-il défendu.", "fr");
        assertThat(q.get(1).attribution().cue()).isNotNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sofiane M.");
    }

    @Test
    void theFeminineParticipleIsACueForTheWomanBeforeIt() {
        List<Quote> q = top(PROSECUTOR + "Nadia Benali, 31 ans, a nié. « On ne savait rien », s’est-elle défendue devant"
                + " la cour.", "fr");
        assertThat(q.get(1).attribution().cue()).isNotNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Benali");
    }

    @Test
    void aTweetIsACueForTheNamedAuthorAfterIt() {
        List<Quote> q = top(PROSECUTOR + "Le ton est tout autre à droite. « Ces femmes ont choisi Daech », a tweeté Franck"
                + " Delorme, député du Var.", "fr");
        assertThat(q.get(1).attribution().cue().text()).isEqualTo("a tweeté");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Franck Delorme");
    }
}
