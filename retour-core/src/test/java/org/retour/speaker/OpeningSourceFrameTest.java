package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A source that opens a sentence (« Pour Me X, … ») frames all of it: a verb of the sentence whose own subject names
 * no one gives the words quoted after it to that source.
 */
class OpeningSourceFrameTest {

    @Test
    void theLawyerWhoFramesTheSentenceSpeaksThePhraseQuotedAtItsEnd() {
        List<Quote> q = top("Karim D. est rentré de Syrie en 2021. Son avocat, Me Antoine Dubreuil, plaide la relaxe.\n\n"
                + "Pour Me Dubreuil, l'audience devra établir non pas si son client regrette, mais « ce qu'il a vraiment"
                + " fait là-bas ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Antoine Dubreuil");
    }
}
