package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * In French, the person right after a verb of speech that the quote's opening mark follows with nothing between is
 * the verb's object, described by the quote (« décrit un homme « calme mais isolé » »), not its speaker; a subject put
 * after its verb stands before a colon (« raconte un témoin : « … » ») and speaks.
 */
class DescribedObjectTest {

    @Test
    void theManTheReportDescribesDoesNotSpeakTheWordsDescribingHim() {
        List<Quote> q = top("Karim, 31 ans, est sorti de prison en mai. Il est suivi par une association de Lyon, dont le"
                + " dernier bilan décrit un homme « calme mais isolé ».", "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)) == null || speaker(q.get(0)).description() == null
                || !speaker(q.get(0)).description().contains("homme")).isTrue();
    }

    @Test
    void aWitnessAfterTheVerbAndBeforeAColonStillSpeaks() {
        List<Quote> q = top("Sur la place, un attroupement se forme. Au premier rang, raconte un témoin : « Ils l'ont"
                + " fouetté devant tout le monde. »", "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).description()).contains("témoin");
    }
}
