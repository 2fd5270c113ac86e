package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A short, familiar English given name ("Doug", "Rick", "Giles") opens a person's name as a full one does. */
class FamiliarEnglishGivenNameTest {

    @Test
    void aShortGivenNameAtTheHeadOfALedeNamesTheSpeaker() {
        List<Quote> q = top("Doug Pemberton has a speech he gives at every county fair this summer. “We will not forget"
                + " them,” he told a crowd in Duluth on Friday.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Doug Pemberton");
    }

    @Test
    void aBritishFamiliarNameIsAPersonToo() {
        List<Quote> q = top("Giles Fenwick, a Conservative backbencher, was blunt. “They made their choice,” he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Giles Fenwick");
    }
}
