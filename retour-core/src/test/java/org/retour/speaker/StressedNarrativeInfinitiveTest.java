package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The narrative infinitive with a stressed pronoun for subject (« Et lui de répondre : « … » ») gives the words to the
 * pronoun's person, not to the last speaker.
 */
class StressedNarrativeInfinitiveTest {

    private static final String HEARING = "Adam Clément, 29 ans, est jugé à Paris. La présidente, Claire Dumas,"
            + " l'interroge longuement.\n\n";

    @Test
    void theStressedPronounSpeaksAfterTheOtherPartysQuestion() {
        List<Quote> q = top(HEARING + "« Vous regrettez ? », demande la présidente à Adam Clément.\n\n"
                + "Et lui de répondre : « Chaque jour. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Dumas");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Clément");
    }

    @Test
    void anInfinitiveListedInCuesTakesTheStressedSubjectToo() {
        List<Quote> q = top(HEARING + "« Vous avez choisi », lance la présidente à Adam Clément.\n\n"
                + "Et lui d'ajouter : « Oui, j'ai choisi. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Clément");
    }

    @Test
    void aFeminineStressedPronounTakesTheWoman() {
        List<Quote> q = top(HEARING + "« J'ai choisi », dit Adam Clément à la présidente.\n\n"
                + "Et elle de rétorquer : « Alors assumez. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Dumas");
    }

    @Test
    void anInfinitiveOfTheListWithoutTheNarrativeFrameIsNoCue() {
        List<Quote> q = top(HEARING + "Adam Clément a refusé de répondre aux questions. « Je n'ai rien à dire. »", "fr");
        assertThat(q.get(0).attribution().cue()).isNull();
    }
}
