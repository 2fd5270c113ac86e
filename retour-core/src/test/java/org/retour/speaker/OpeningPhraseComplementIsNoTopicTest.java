package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person inside the phrase that opens a paragraph ("In messages to his brother in Texas, …,") is a complement,
 * not the person the paragraph is about: a pronoun's cue later in it goes to the subject after the phrase. A view
 * holder ("For Amira, …") still is.
 */
class OpeningPhraseComplementIsNoTopicTest {

    @Test
    void thePronounGoesToTheSubjectAfterTheOpeningPhraseNotToItsComplement() {
        List<Quote> q = top("Kareem Nassar pleaded guilty on Monday.\n\nIn messages to his brother in Texas, recovered by"
                + " the FBI, Nassar complained about his assignments. In one 2016 message he wrote that his unit was"
                + " \"shooting at the Free Syrian Army every day.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kareem Nassar");
    }

    @Test
    void theSameInFrench() {
        List<Quote> q = top("Karim Haddad a été condamné lundi.\n\nDans ses messages à son frère, saisis par la police,"
                + " Haddad se plaignait de ses tâches. Dans l'un d'eux, il écrit : « On garde un pont depuis deux"
                + " mois. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aViewHolderOpeningTheParagraphIsStillItsTopic() {
        List<Quote> q = top("The camp held 300 women.\n\nFor Amira Saleh, that is exactly it. She left in 2019."
                + " \"Nobody believed in it any more,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amira Saleh");
    }
}
