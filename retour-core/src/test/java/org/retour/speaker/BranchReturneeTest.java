package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * An article that names a regional branch of the group speaks of its local members, defectors; but one datelined
 * away from the group's ground whose sentences about a former member tell of his return (deported, on bail, on
 * trial) speaks of a returnee who joined that branch abroad.
 */
class BranchReturneeTest {

    private static final String STORY = "%s: A man from Kannur joined ISKP in Afghanistan in 2016 and surrendered in"
            + " 2019.\n\n%s, the 30-year-old agreed to speak about the mountains of Achin.\n\n\"We were not trusted"
            + " with anything. The emir sent us to guard the caves,\" he said.\n";

    @Test
    void aMemberOfABranchBackHomeOnBailIsAReturnee() {
        List<Quote> q = top(STORY.formatted("KOCHI", "Out on bail and awaiting trial"), "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aMemberOfABranchWithNoReturnToldIsADefector() {
        List<Quote> q = top(STORY.formatted("KOCHI", "Speaking by telephone from a village near Jalalabad"), "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }
}
