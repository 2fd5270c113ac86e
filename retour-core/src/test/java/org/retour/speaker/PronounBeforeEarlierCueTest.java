package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote with no cue that follows a sentence whose verb of speech has a subject pronoun right before it
 * ("Elle ne le dit pas ainsi. « … »") goes to the person of that pronoun, not to a person told of in an
 * earlier sentence of the paragraph.
 */
class PronounBeforeEarlierCueTest {

    @Test
    void theWidowWhoSpeaksIsNotTheHusbandToldOfBefore() {
        List<Quote> q = top("Samia L., 34 ans, est rentrée de Syrie en 2019. « J’ai tout perdu là-bas », dit-elle.\n\n"
                + "Son mari meurt en 2017 près de Mayadine. Elle ne le dit pas ainsi. « On m’a annoncé qu’il était"
                + " parti en martyr. »\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samia L.");
    }
}
