package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A description by a sport or a trade (« le joueur », "the player") stands for the person named before, who speaks. */
class TradeDescriptionTakesUpNameTest {

    @Test
    void leJoueurIsThePlayerNamedBefore() {
        List<Quote> q = top("Nordine Sellami, 33 ans, n'avait plus joué un match officiel depuis dix ans.\n\nSa licence a été"
                + " validée cet été. Le joueur a accepté de nous parler. « Je sais ce que les gens pensent. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nordine Sellami");
    }

    @Test
    void theTeammateIsAPersonWhoSpeaks() {
        List<Quote> q = top("“He never talked about Syria,” the teammate said.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("the teammate");
    }
}
