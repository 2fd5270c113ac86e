package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A name after a fronted "For the Home Secretary," whose verb follows past post-nominal letters ("Jonathan
 * Pardoe KC told") is the subject of that verb, not the complement of the opening phrase.
 */
class PostNominalSubjectTest {

    @Test
    void aBarristerNamedAfterTheSideHeSpeaksForIsTheSpeaker() {
        List<Quote> q = top("The tribunal sat in London on Tuesday.\n\nFor the Foreign Secretary, Edmund Crale KC told"
                + " the panel that the claim was \"thin and late\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Edmund Crale");
    }

    @Test
    void aMemberOfParliamentBeforeHisVerbSpeaks() {
        List<Quote> q = top("The debate ran late on Monday.\n\nFor the opposition leader, Tom Ridley MP said: \"We will"
                + " vote against it.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Ridley");
    }
}
