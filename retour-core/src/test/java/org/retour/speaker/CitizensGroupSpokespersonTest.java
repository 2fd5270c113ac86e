package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A spokesperson of a citizens' group (collectif, association) holds no office: the voice is other, and an age
 * word later in the text takes that person up as it takes up anyone without an office.
 */
class CitizensGroupSpokespersonTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aSpokespersonOfACitizensGroupIsNoOfficial() {
        assertThat(voices.voiceOf("porte-parole du collectif Vigilance Retour", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("porte-parole de l'association Entraide et Retour", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("le porte-parole du parquet fédéral", "fr")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void anAgeWordTakesUpTheSpokespersonOfACitizensGroup() {
        List<Quote> q = top("Nadia Ferhat, porte-parole du collectif Vigilance Retour, dont le neveu est détenu à Roj, "
                + "a salué la décision. « Nous attendions ce jour depuis cinq ans », soupire la quinquagénaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Ferhat");
    }
}
