package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A document that is a cue's subject ("the letter said") speaks for the person whose sentence named it before. */
class DocumentCueTest {

    @Test
    void theLetterSaidIsTheWordsOfWhoWroteIt() {
        List<Quote> q = top("Yasin Hersi, 24, wrote a letter to his mother from a prison in Hasakah. Amina Warsame, a"
                + " neighbour, keeps a copy.\n\nHe also wrote that his commander asked him three times to register for a"
                + " suicide assault.\n\n\"After the third time, they took my phone,\" the letter said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yasin Hersi");
    }

    @Test
    void aLetterNamedInNoOnesSentenceGivesNoAuthor() {
        List<Quote> q = top("A letter was found in the camp last year.\n\n\"After the third time, they took my phone,\""
                + " the letter said.", "en");
        assertThat(speaker(q.get(0))).isNull();
    }
}
