package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech in the infinitive after a verb that says how little was said (« « … », s'est contentée d'indiquer
 * la porte-parole, … », "“…,” the spokeswoman … would only say") is the quote's cue: the person after it speaks.
 */
class RestrainedInfinitiveCueTest {

    private static final String LEAD_FR = "Hélène Gagnon, directrice du centre, juge les témoignages utiles. « Il faut"
            + " un cadre », souligne-t-elle.\n\n";

    @Test
    void theFrenchSpokeswomanWhoMerelyIndicatedSpeaks() {
        List<Quote> q = top(LEAD_FR + "La police n'a pas voulu commenter. « Nous ne commentons pas les cas individuels »,"
                + " s'est contentée d'indiquer la porte-parole de la police, la sergente Chantal Roy.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Chantal Roy");
    }

    @Test
    void theEnglishSpokeswomanWhoWouldOnlySaySpeaks() {
        List<Quote> q = top("Helen Gagnon, director of the centre, finds testimonies useful. \"They need a frame,\" she"
                + " says.\n\nThe police declined to comment. \"We do not comment on individual cases,\" the police"
                + " spokeswoman, Sergeant Chantal Roy, would only say.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Chantal Roy");
    }

    @Test
    void anInfinitiveInTheNextSentenceDoesNotTakeTheQuoteFromItsIncise() {
        List<Quote> q = top(LEAD_FR + "Le dossier reste sensible. « Nous ne commentons pas les cas individuels », a dit"
                + " la porte-parole de la police, Chantal Roy. Karim Benali a refusé d'indiquer son adresse.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Chantal Roy");
    }
}
