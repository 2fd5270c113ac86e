package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The infinitives of speech after « faire » (« a fait valoir Me Bénet », « fait remarquer le juge », « a fait observer
 * l'avocate ») are cues: the person after them speaks, not the one who spoke before.
 */
class PeriphrasticSpeechCueTest {

    private static final String LEAD = "La procureure fédérale Sandrine Rochat n'a pas caché son scepticisme. « On ne"
            + " quitte pas un navire par conviction quand il coule », a-t-elle lancé.\n\n";

    @Test
    void theLawyerWhoPutsTheArgumentForwardSpeaks() {
        List<Quote> q = top(LEAD + "La défense a plaidé la contrainte. « Si ma cliente avait été cette militante"
                + " convaincue, elle serait restée à Al-Hol », a fait valoir Me Olivier Bénet.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Olivier Bénet");
    }

    @Test
    void theJudgeWhoPointsItOutSpeaks() {
        List<Quote> q = top(LEAD + "« Vous êtes resté trois ans », fait remarquer le président, Laurent Raviot.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Laurent Raviot");
    }
}
