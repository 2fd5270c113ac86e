package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * "allege" in the plural present reports what its subject says as "alleges" does ("Police allege Mr Aziz fought …"):
 * the words before it speak of the police, not of the person named after it, who is no official.
 */
class AllegingSubjectVoiceTest {

    @Test
    void theAccusedNamedAfterPoliceAllegeIsNoOfficial() {
        List<Quote> q = top("Kamal Aziz, 27, was arrested at Sydney Airport on Tuesday. Police allege Mr Aziz fought with"
                + " the group in Raqqa until 2017.\n\n“I never held a gun. I cooked for the brothers,” Mr Aziz told the"
                + " court.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kamal Aziz");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }

    @Test
    void prosecutorsAndInvestigatorsAllegeToo() {
        for (String subject : new String[] {"Prosecutors allege", "Investigators allege"}) {
            List<Quote> q = top("Sara Lind, 24, appeared in court on Monday. " + subject + " Ms Lind travelled to Raqqa in"
                    + " 2015.\n\n“I wanted to leave from the first week,” Ms Lind said.", "en");
            assertThat(speaker(q.get(0)).voice()).as(subject).isNotEqualTo(Voice.OFFICIAL);
        }
    }
}
