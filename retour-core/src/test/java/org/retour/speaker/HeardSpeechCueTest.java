package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A recording where someone is heard speaking (« on entend Karim dire : « … » », "you hear Karim say:") gives the
 * words to the one heard, not to the one who plays the recording or tells of it.
 */
class HeardSpeechCueTest {

    @Test
    void theOneHeardOnTheRecordingSpeaks() {
        List<Quote> q = top("Karim Benali est jugé à Lyon. Sa sœur, Samia Benali, témoigne à la barre. Elle a conservé ses"
                + " messages vocaux. Dans l'un d'eux, diffusé à l'audience, on entend Karim dire : « Ici, plus"
                + " personne ne croit à rien. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void theOneHeardSpeaksInEnglishToo() {
        List<Quote> q = top("Karim Benali is on trial in Lyon. His sister, Samia Benali, kept his voice messages. In one of"
                + " them, played to the court, you hear Karim say: \u201cNobody here believes in anything any more.\u201d", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
    }
}
