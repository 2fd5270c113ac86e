package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun right after a verb of speech and before a finite verb ("said she was", "said he had") is the subject of
 * the clause the verb reports without "that", not the verb's own: the speaker is the subject before the verb, while
 * "“…,” said he" after a quote still names the speaker.
 */
class ReportedClausePronounTest {

    @Test
    void theImamWhoSaidSheWasSpeaksNotHer() {
        List<Quote> q = top("Amira Saleh, 24, came back from the camp in 2021. “I was a child,” she said.\n\n"
                + "The imam of her mosque, who knew the family, said she was “a quiet girl who never talked about "
                + "politics”.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("The imam");
    }

    @Test
    void aWorkerWhoSaidHeHadSpeaksNotHim() {
        List<Quote> q = top("Robin Hale, 26, was stripped of his citizenship in 2019. “I never fought,” Hale told the "
                + "court.\n\nHale’s youth worker, who asked not to be named, said he had “changed a great deal”.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("youth worker");
    }

    @Test
    void anInvertedPronounAfterAQuoteStillSpeaks() {
        List<Quote> q = top("Samir Aziz went to Raqqa in 2014.\n\n“I was a fool,” said he, looking at the floor.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Aziz");
    }
}
