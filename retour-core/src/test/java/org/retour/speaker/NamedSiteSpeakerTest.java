package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A capitalised run between an article and a site noun ("the Ely Trinity ground", "the Omar Mukhtar mosque") names a
 * site, not a person: an age description after it stands for the man named before, not for the site.
 */
class NamedSiteSpeakerTest {

    @Test
    void aClubGroundNamedLikeAPersonTakesNoQuoteFromTheManNamedBefore() {
        List<Quote> q = top("Dylan Hughes grew up two streets from the Rhys Lewis ground in Neath.\n\nThe 30-year-old"
                + " travelled to Syria in 2014.\n\n\"They promised us a home,\" he says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dylan Hughes");
    }
}
