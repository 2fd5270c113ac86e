package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A title opening a sentence ("Mrs Okafor says …") makes its name no complement of a preposition ending the sentence before. */
class TitleAtSentenceStartTest {

    @Test
    void aTitledNameOpeningItsSentenceIsTheSubjectAPronounCueTakesUp() {
        List<Quote> q = top("Every Friday, Grace Okafor writes to her MP.\n\n"
                + "The boy came back in 2019. His mother died in a strike in Hajin.\n\n"
                + "Mrs Okafor says her nephew told her that he had tried to leave in 2016.\n\n"
                + "\u201CHe told me they made the children watch,\u201D she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Grace Okafor");
    }

    @Test
    void aTitledNameAfterAPrepositionInItsOwnSentenceStaysItsComplement() {
        List<Quote> q = top("The warning came from a spokesperson for Home Affairs Minister Claire Whitford. "
                + "\u201CWe will not bring them back,\u201D she said.", "en");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Claire Whitford");
    }
}
