package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An unnamed newcomer who speaks at the end of a paragraph ("A second returnee, …, said …") is the one a plain
 * description after the next paragraph's quote stands for ("“… . …,” the young man said"), not a person named
 * before, even when the quote holds several sentences.
 */
class NewcomerBeforeQuoteParagraphTest {

    private static final String TEXT = "Hamisi Mwachiro, 26, agreed to speak to this newspaper.\n\n\"We carried water up the"
            + " mountain,\" Mwachiro said.\n\nA second returnee, a 23-year-old who asked not to be named, said the"
            + " commanders kept the money relatives sent.\n\n";

    @Test
    void aPlainDescriptionAfterAQuoteOfSeveralSentencesIsTheNewcomer() {
        List<Quote> q = top(TEXT + "\"My uncle sent money for my medicine. The emir took it. Then he bought a phone,\""
                + " the young man said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("A second returnee");
    }

    @Test
    void aPlainDescriptionAfterAOneSentenceQuoteIsTheNewcomerToo() {
        List<Quote> q = top(TEXT + "\"The emir took the money,\" the young man said.", "en");
        assertThat(speaker(q.get(1)).description()).isEqualTo("A second returnee");
    }

    @Test
    void withoutANewcomerThePlainDescriptionStaysWithThePersonNamedBefore() {
        List<Quote> q = top("Hamisi Mwachiro, 26, agreed to speak to this newspaper.\n\nHe said the commanders kept the"
                + " money.\n\n\"My uncle sent money for my medicine. The emir took it,\" the young man said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hamisi Mwachiro");
    }
}
