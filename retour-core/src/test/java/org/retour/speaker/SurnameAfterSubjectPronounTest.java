package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A surname shared by a mother and her son goes to the son when the pronoun before the cue's verb is "he"
 * ("he turned … and said:"), though the mother was named in full last.
 */
class SurnameAfterSubjectPronounTest {

    @Test
    void heWhoTurnedAndSaidIsTheSonNotHisMother() {
        List<Quote> q = top("LEEDS - Bilal Hussain, 29, was jailed for seven years on Friday for joining the group.\n\n"
                + "His mother, Nasima Hussain, spoke outside the court. \"I want him home,\" she said.\n\n"
                + "Hussain, in a blue shirt, showed no emotion. As he was led away, he turned towards the gallery and"
                + " said: \"Don't cry, Mum.\"", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Bilal Hussain");
    }

    @Test
    void theQuoteAfterWhatHeWroteIsTheSonsToo() {
        List<Quote> q = top("LEEDS - Bilal Hussain, 29, was jailed for seven years on Friday for joining the group.\n\n"
                + "His mother, Nasima Hussain, read a statement. \"We lost him twice,\" she said.\n\n"
                + "Hussain also described the camp in a letter to the court. \"The guards ate first,\" he wrote."
                + " \"I was ashamed of us.\"", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Bilal Hussain");
    }
}
