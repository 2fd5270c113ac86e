package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A French object pronoun (« le », « la », « les ») between a subject pronoun and its verb of speech leaves the subject
 * pronoun the speaker: « Il le décrit comme « … » » is the one who describes, not the one described.
 */
class ObjectPronounBeforeDescribingVerbTest {

    @Test
    void theOneWhoDescribesSpeaksAPhraseQuotedInHisSentence() {
        List<Quote> q = top("Sa conseillère d'insertion, Hélène Marchal, suit Yacine depuis deux ans. Elle le décrit comme"
                + " « un garçon qui cherche encore sa place ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hélène Marchal");
    }

    @Test
    void aPluralObjectPronounLeavesTheSubjectTheSpeakerToo() {
        List<Quote> q = top("Le sociologue Bernard Caillet a rencontré une vingtaine de revenants. Il les qualifie de"
                + " « déçus du califat ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bernard Caillet");
    }
}
