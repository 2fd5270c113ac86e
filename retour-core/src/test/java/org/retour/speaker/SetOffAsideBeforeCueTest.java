package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A relative clause set off by dashes between a description and its verb of speech leaves the description the
 * verb's subject: the pronoun after the verb opens the clause it reports ("the woman – who we are not naming – said
 * she had …"), and a description whose aside withholds the name stands for no one named before it.
 */
class SetOffAsideBeforeCueTest {

    @Test
    void thePronounAfterTheVerbIsTheReportedClausesSubject() {
        List<Quote> q = top("When our reporter Clara Voss met her in the camp last winter, the woman - who we are not naming"
                + " - said she had wanted to leave \"long before the siege\".", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("the woman");
    }

    @Test
    void aWithheldNameIsNoNeighbourNamedBefore() {
        List<Quote> q = top("When Clara Voss met her in the camp, the woman – who we are not naming – said: \"I wanted to"
                + " leave long before the siege.\"", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
