package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description with a name in apposition after three capitalised titles ("The prosecutor, Assistant U.S.
 * Attorney X") is that person, and a lede's indefinite description of the same noun, far before, is too.
 */
class LongTitleApposedNameTest {

    @Test
    void threeTitlesMayStandBetweenTheDescriptionAndItsName() {
        List<Quote> q = top("The prosecutor, Assistant U.S. Attorney Mara Quinlan, asked for the maximum. She pointed to"
                + " the messages he had sent. “He chose this every single day,” she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mara Quinlan");
    }

    @Test
    void aLedesIndefiniteDescriptionIsTheNameGivenManyParagraphsLater() {
        String filler = "The hearing went on through the afternoon while relatives waited in the hallway outside the"
                + " courtroom, and lawyers for both sides traded papers about the timeline of his travel abroad.\n\n";
        List<Quote> q = top("For most of the morning, Omar Reyes listened as a federal prosecutor described him as someone who"
                + " had “made every choice with open eyes.”\n\n" + filler + filler + filler + filler + filler
                + "The prosecutor, Assistant U.S. Attorney Mara Quinlan, asked for the maximum.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mara Quinlan");
    }
}
