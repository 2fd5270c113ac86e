package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A phrase of place, time or means that opens a sentence (« Derrière la tente, », « Depuis sa sortie, », « Par
 * l'intermédiaire de son avocat, », "Behind the fence,") stands before the subject: the person named after its comma
 * is the one the paragraph introduces, and a person inside the phrase is no subject.
 */
class FrontedPlacePhraseSubjectTest {

    private static final String GUARD = "Samira a 40 ans et garde l'entrée du camp. « Elles crachaient sur nous au début »,"
            + " dit-elle.\n\n";

    @Test
    void thePersonNamedAfterAPlacePhraseTakesTheWordsOfHerParagraph() {
        List<Quote> q = top(GUARD + "Derrière la troisième rangée de tentes, Julie, 28 ans, une Lilloise partie en 2014,"
                + " berce sa fille. Son mari est mort en mars. Elle parle doucement. « On dormait dans des trous. Chaque"
                + " nuit, on avait peur. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Julie");
    }

    @Test
    void aTimePhraseBeforeTheNameWorksTheSame() {
        List<Quote> q = top(GUARD + "Depuis sa sortie de prison, Hélène, 35 ans, vit chez sa sœur à Roubaix. Elle"
                + " cherche du travail. « Personne ne veut d'une femme qui revient de là-bas. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hélène");
    }

    @Test
    void anEnglishPlacePhraseAndAPossessiveBeforeTheSubject() {
        List<Quote> q = top("Judge Ruth Alvarez approved the conditions. “This is not a punishment,” she told Mr. Said.\n\n"
                + "Outside court, Mr. Said's mother, Leila Said, spoke to reporters. She was calm. “We waited four"
                + " years for this day.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Leila Said");
    }

    @Test
    void aPersonInsideAnOpeningPhraseOfMeansIsNoSubject() {
        List<Quote> q = top("Il a 31 ans et deux passeports. Thomas Girard, qui a grandi à Annecy, a rejoint le groupe en 2014."
                + " Par l'intermédiaire de son avocat lyonnais, il a accepté de répondre à nos questions.\n\n"
                + "Sa voix est posée. Il raconte d'abord Alep, à l'hiver 2015. « On nous avait promis une guerre"
                + " juste. La première fois que j'ai tiré, c'était sur des musulmans. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thomas Girard");
    }
}
