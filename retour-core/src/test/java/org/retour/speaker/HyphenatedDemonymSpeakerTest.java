package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description made of a hyphenated demonym (« le Franco-Marocain ») describes a person as « le
 * Marocain » does and takes up the person named before it; a hyphenated word whose last part names no
 * people describes no one.
 */
class HyphenatedDemonymSpeakerTest {

    @Test
    void aHyphenatedDemonymAfterTheCueIsThePersonNamedBefore() {
        List<Quote> q = top("Mehdi, 32 ans, est né à Casablanca et a grandi à Trappes. « Je me sentais ni d'ici ni de"
                + " là-bas », souligne le Franco-Marocain.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi");
    }

    @Test
    void aHyphenatedWordWhoseLastPartIsNoDemonymDescribesNoOne() {
        List<Quote> q = top("« La situation reste tendue », murmure le Tout-Paris.", "fr");
        assertThat(speaker(q.get(0))).isNull();
    }
}
