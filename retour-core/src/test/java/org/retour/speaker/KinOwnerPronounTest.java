package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A subject pronoun whose own clause names "her daughter" is not the daughter the sentence before opens with
 * ("Brandt's daughter, 31, …"), but her owner: "She said her daughter …" is Brandt.
 */
class KinOwnerPronounTest {

    private static final String OPENING = "Families rallied outside the courthouse on Monday.\n\n"
            + "\"We wait every day,\" said Helen Marsh, 58, whose son has been held in Syria since 2019.\n\n"
            + "Beside her, Carol Brandt of Dayton held up a photograph. \"That is my grandson,\" Brandt said.\n\n"
            + "Marsh said her son had written that he left the group early. \"They beat him,\" she said.\n\n";

    @Test
    void thePronounThatNamesHerDaughterIsTheDaughtersMother() {
        List<Quote> q = top(OPENING + "Brandt's daughter, 31, went to Syria in 2014 with her husband. She said her"
                + " daughter \"only wants to come home.\"", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Carol Brandt");
    }

    @Test
    void aPronounWithoutTheKinNounKeepsItsUsualReading() {
        List<Quote> q = top(OPENING + "Brandt's daughter, 31, went to Syria in 2014 with her husband. \"I was"
                + " young,\" she said in a message.", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isNotEqualTo("Carol Brandt");
    }
}
