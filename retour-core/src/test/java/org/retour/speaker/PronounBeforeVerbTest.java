package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A subject pronoun before a verb of speech wins over a person told of far after the verb. */
class PronounBeforeVerbTest {

    @Test
    void pronounSubjectWinsOverTheObjectOfALaterVerb() {
        List<Quote> q = top("Yusuf Daher spent two years in Raqqa.\n\n\"There was a roundabout where they hung people,\""
                + " he says.\n\nHe also remembers being sent, in 2015, to fight a rival Islamist brigade near Marea."
                + " \"We were told they were apostates. They were Syrian kids with beards.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yusuf Daher");
    }

    @Test
    void aFrenchReflexiveBetweenThePronounAndItsVerbKeepsThePronoun() {
        List<Quote> q = top("Adam Belkhir, 29 ans, est rentré au Canada en 2018.\n\n"
                + "Très vite, il dit avoir compris que son groupe visait les rebelles. Il se souvient d’un assaut contre"
                + " un village tenu par le Front al-Nosra, « des musulmans qui faisaient la prière à la même heure que"
                + " nous ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Adam Belkhir");
    }

    @Test
    void subjectRightAfterTheVerbStillSpeaks() {
        List<Quote> q = top("The trial opened on Monday.\n\n\"We will appeal,\" said the defence lawyer.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("the defence lawyer");
    }
}
