package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description takes up an unnamed person whose description holds its noun as a part of a hyphenated
 * compound ("A Belgian-Moroccan former fighter" … "the Belgian said"), not a person named before; an age's parts
 * make no noun.
 */
class CompoundDemonymTakeUpTest {

    @Test
    void theBelgianIsTheBelgianMoroccanFighterNotTheSyrianNamedBefore() {
        List<Quote> q = top("Abu Khaled, a Syrian from Deir ez-Zor, said the emirs took the best houses.\n\n"
                + "A Belgian-Moroccan former fighter, who spoke on condition that he not be named, said that by mid-2016"
                + " his unit had gone three months without pay.\n\n‘Every month there was less to tax,’ he said.\n\n"
                + "The penalty for being caught was well known. ‘If they find you with a number in your phone, it is"
                + " finished,’ the Belgian said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("A Belgian-Moroccan former fighter");
    }

    @Test
    void anAgeIsNoNounToTakeUp() {
        assertThat(Inflection.shareNoun("28-year-old", "30-year-old", "en")).isFalse();
        assertThat(Inflection.shareNoun("Belgian-Moroccan former fighter", "Belgian", "en")).isTrue();
        assertThat(Inflection.shareNoun("Franco-Tunisien", "Tunisien", "fr")).isTrue();
    }
}
