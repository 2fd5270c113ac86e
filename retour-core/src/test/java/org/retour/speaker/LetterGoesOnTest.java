package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A letter's words go on in its paragraph after a verb of reading alone, not after the reader's verb of speech. */
class LetterGoesOnTest {

    @Test
    void theLetterGoesOnAfterAVerbOfReadingAlone() {
        List<Quote> q = top("Later, Mayor Anna Berg read out a letter that a prisoner had sent to the Red Cross. The man, a"
                + " Danish citizen, wrote that he had surrendered in March.\n\n"
                + "\"I was wrong to go,\" Berg read. \"The commanders lived in villas while we starved.\"", "en");
        assertThat(speaker(q.get(0)).description()).contains("Danish citizen");
        assertThat(speaker(q.get(1)).description()).contains("Danish citizen");
    }

    @Test
    void theReaderSpeaksAgainAfterAVerbOfSpeech() {
        List<Quote> q = top("For two years, Rosa Lind has kept every message her son Tomas sent from Syria.\n\n"
                + "\"Mummy, they send us to the front first,\" Lind said, reading from a transcript."
                + " \"He told me he was afraid they would kill him.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Rosa Lind");
    }
}
