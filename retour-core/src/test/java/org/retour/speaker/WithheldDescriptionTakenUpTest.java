package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that takes up, by its noun, one whose name the writer withheld a paragraph or two before
 * ("The uncle, who asked not to be named, said …" then "“…,” the uncle said") stands for that unnamed person, not
 * for a person or a body named in between.
 */
class WithheldDescriptionTakenUpTest {

    @Test
    void theSameNounAfterAWithheldDescriptionIsThatUnnamedPerson() {
        List<Quote> q = top("Kenneth Abernathy, her lawyer, spoke outside the court. \"She is sorry,\" Abernathy said.\n\n"
                + "Tamati Herewini said he was working with the family.\n\n"
                + "The uncle, who asked not to be named, said the family had \"kept a bed ready\" for her.\n\n"
                + "\"She was a girl who followed a man,\" the uncle said.", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isNull();
        assertThat(speaker(q.get(q.size() - 1)).description()).isEqualTo("The uncle");
    }
}
