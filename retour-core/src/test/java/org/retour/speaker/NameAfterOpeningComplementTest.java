package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A name after the comma that closes an opening phrase with a person in it ("Dans une lettre adressée au
 * juge, Najat écrit :") is the subject of the verb right after it, not an apposition to that person; a
 * name that a second comma or a title closes stays in apposition.
 */
class NameAfterOpeningComplementTest {

    @Test
    void aNameFollowedByItsVerbAfterAnOpeningPhraseWritesTheLetter() {
        List<Quote> q = top("Dans une lettre adressée au juge, Najat écrit : « Je demande pardon à la France. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Najat");
    }

    @Test
    void theSameInEnglish() {
        List<Quote> q = top("In a letter to the judge, Najat wrote: \"I ask France for forgiveness.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Najat");
    }

    @Test
    void aNameClosedByATitleAndACommaStaysTheComplementsApposition() {
        List<Quote> q = top("Questioned by the prosecutor, David Mills KC, about the videos, the defendant said he had"
                + " been forced to film them. \"I had no choice,\" he told the jury.", "en");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("David Mills");
    }
}
