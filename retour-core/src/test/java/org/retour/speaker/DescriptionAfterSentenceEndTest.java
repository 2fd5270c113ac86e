package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that opens the sentence after an abbreviated name ("… sagt Lena M.\n\nIhre Mutter …") is not in
 * apposition to that name: the mother speaks, unnamed, and the daughter keeps her own words and no kin role.
 */
class DescriptionAfterSentenceEndTest {

    @Test
    void theGermanMotherInTheNextParagraphIsNotTheDaughterNamedBefore() {
        List<Quote> q = top("Hamburg - Lena M. ist 26 und lebt in einem Lager in Syrien. „Ich will heim“, sagt Lena M."
                + "\n\nIhre Mutter in Hamburg hört seit Monaten nur Sprachnachrichten. „Ich warte jeden Tag auf sie“,"
                + " sagt sie am Telefon.", "de");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).containsIgnoringCase("Mutter");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lena M.");
    }

    @Test
    void theEnglishFatherAfterTheFullStopOfAnInitialGivesTheSonNoRole() {
        org.retour.pipeline.Analysis a = org.retour.quote.TestPipelines.analyze("Omar K. is 23 and held in a camp in"
                + " Syria. \"I want to go home,\" said Omar K. His father in Leeds has heard nothing for a month.", "en");
        assertThat(QuoteAssertions.person(a, "Omar K.").role()).isNotEqualTo("father");
    }

    @Test
    void aDescriptionAfterACommaStaysInAppositionToTheInitialledName() {
        org.retour.pipeline.Analysis a = org.retour.quote.TestPipelines.analyze("The court heard from Omar K., his"
                + " father, on Monday.", "en");
        assertThat(QuoteAssertions.person(a, "Omar K.").role()).isEqualTo("father");
    }
}
