package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description with an ordinal named in apposition ("The third man, Rustam") is someone new: it names no
 * earlier indefinite description of its noun ("a man at the market"), so a pronoun cue after that description stays
 * with the person named before.
 */
class OrdinalNewcomerTieTest {

    @Test
    void theThirdManNamedLaterIsNotTheManMetEarlier() {
        List<Quote> q = top("Three prisoners sat on a bench.\n\nJavlon, 27, from Osh, said he had left in 2014, after a man"
                + " at the market told him about \"a state where the poor are kings\".\n\n\"In the end I was worth less than a mule,\" he said.\n\n"
                + "The third man, Rustam, 40, from Bursa, said he was only a baker.\n\n\"I never held a rifle,\" he"
                + " said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Javlon");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Rustam");
    }
}
