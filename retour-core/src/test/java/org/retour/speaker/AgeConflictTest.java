package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description by an age in figures ("The 27-year-old said") takes up the unnamed person of that age told of
 * before it when the only persons named since with an age are of another ("Rafeeq K.V., 35"), and all its quotes
 * share one voice whether the description opens a sentence or not.
 */
class AgeConflictTest {

    private static final String TEXT = "KANNUR: The 27-year-old agreed to speak on condition that he not be named."
            + " \"The emir never trusted us. We guarded a store for two years,\" he said.\n\n"
            + "The second man, Rafeeq K.V., %d, of Thalassery, has not spoken publicly. Investigators say he was"
            + " arrested at the airport.\n\n"
            + "The 27-year-old said the end came quickly. \"In the last months we slept in caves,\" he said.\n";

    @Test
    void theDescriptionOfOneAgeIsNotTheNameOfAnother() {
        List<Quote> q = top(TEXT.formatted(35), "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).voice()).isEqualTo(speaker(q.get(0)).voice());
    }

    @Test
    void aNameGivenWithNoAgeMayStillBeTheOneDescribed() {
        List<Quote> q = top("Karim Nasser came back from Syria in 2019. The 27-year-old agreed to speak. \"The emir"
                + " never trusted us,\" he said.\n\nHis trial opens next month.\n\nThe 27-year-old said the end came"
                + " quickly. \"In the last months we slept in caves,\" he said.\n", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Nasser");
    }
}
