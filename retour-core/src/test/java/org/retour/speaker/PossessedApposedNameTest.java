package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A name in apposition to what a possessive names ("Keller's deputy, Anna Berg,") is the paragraph's person, not
 * the possessor: a later "she said" is hers.
 */
class PossessedApposedNameTest {

    @Test
    void theApposedNameAfterThePossessedNounTakesThePronoun() {
        List<Quote> q = top("Mayor Tom Keller wants the centre closed. \"We have waited long enough,\" Keller said.\n\n"
                + "Keller's deputy, Anna Berg, has argued for more time. She told the council that closing it now would be"
                + " \"a costly mistake for everyone.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anna Berg");
    }

    @Test
    void aPossessorOfAThingStaysThePersonOfTheParagraph() {
        List<Quote> q = top("Mayor Tom Keller wants the centre closed. \"We have waited long enough,\" Keller said.\n\n"
                + "Anna Berg's plan, a budget of two million, has divided the council. She told reporters the plan was"
                + " \"the only honest option left.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anna Berg");
    }
}
