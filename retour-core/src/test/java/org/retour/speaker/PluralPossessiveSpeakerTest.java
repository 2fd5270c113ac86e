package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A name in the plural possessive after a cue ("said Safe Routes’ director, X") owns the role; X speaks. */
class PluralPossessiveSpeakerTest {

    @Test
    void theDirectorNamedAfterTheCharitysPossessiveSpeaks() {
        List<Quote> q = top("LONDON — A report was released on Tuesday by the London-based charity Safe Routes.\n\n"
                + "\"Not every account is the whole story,\" said Safe Routes’ director, Helen Mbeki.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Mbeki");
    }
}
