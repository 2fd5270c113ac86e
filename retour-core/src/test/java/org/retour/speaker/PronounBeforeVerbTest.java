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
    void subjectRightAfterTheVerbStillSpeaks() {
        List<Quote> q = top("The trial opened on Monday.\n\n\"We will appeal,\" said the defence lawyer.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("the defence lawyer");
    }
}
