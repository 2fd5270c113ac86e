package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** Verbs of telling a story ("narrates", "mused", "reminisces") report the words beside them as said ones do. */
class NarratingCueTest {

    @Test
    void aNameBeforeNarratesIsTheSpeakerNotTheManNamedBefore() {
        List<Quote> q = top("Musa Kato, 25, was among those freed. Idris Lule, 40, a village elder, watched from a"
                + " bench.\n\n\"There was no job. They gave me a gun,\" Kato narrates.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Musa Kato");
    }

    @Test
    void aPronounBeforeMusedIsTheManNamedBefore() {
        List<Quote> q = top("Ali Warsame, 30, sat by the window.\n\n\"We were boys who wanted to matter,\" he mused.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ali Warsame");
    }
}
