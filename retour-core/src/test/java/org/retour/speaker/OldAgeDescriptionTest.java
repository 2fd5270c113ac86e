package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that tells only that the person is old ("le vieil homme", "the old man") stands
 * for the person named just before it, a parent as well, as an age in figures does; a decade noun (« le
 * trentenaire ») goes to the person whose age in figures fits it.
 */
class OldAgeDescriptionTest {

    @Test
    void theOldManAfterAFatherNamedInAppositionIsTheFather() {
        List<Quote> q = top("Karim Haddad, 27 ans, est rentré en 2021. Son père, Ahmed Benali, un commerçant, n'a jamais"
                + " cessé de le chercher. « J'ai tout vendu », raconte le vieil homme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmed Benali");
    }

    @Test
    void theOldManInEnglishIsTheFatherNamedBeforeNotTheSon() {
        List<Quote> q = top("Omar Hassan, 29, returned to Leeds in 2020. His father, Tariq Hassan, a shopkeeper, never"
                + " stopped looking for him. \"I sold everything,\" the old man said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq Hassan");
    }

    @Test
    void aDecadeNounAfterAFatherNamedInAppositionStaysWithTheProtagonist() {
        List<Quote> q = top("Karim Haddad, 34 ans, est rentré en 2021. Son père, Ahmed Benali, n'a jamais cessé de le"
                + " chercher. « Je lui dois tout », raconte le trentenaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }
}
