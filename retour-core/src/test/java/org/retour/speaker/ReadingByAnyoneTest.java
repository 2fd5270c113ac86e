package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « comme on le lit » after a quote is the public reading what is written, not a letter read aloud: the words stay
 * the cue's speaker's; « On y lit : « … » » before a letter's words still reads them.
 */
class ReadingByAnyoneTest {

    @Test
    void wordsAsAnyoneReadsThemAreTheSourcesOwn() {
        List<Quote> q = top("Karim T. était défendu par deux avocats. Me Claire Dumas a ouvert les plaidoiries. « Il n'a pas"
                + " fui », a souligné Claire Dumas. Selon elle, le départ n'a pas eu lieu « parce que Daech perdait »,"
                + " comme on le lit trop souvent.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Dumas");
    }

    @Test
    void wordsReadInALetterAfterAnIndefiniteReaderAreTheWritersStill() {
        List<Quote> q = top("Son fils Yanis lui a écrit une lettre depuis le camp. « Maman, je ne t'ai pas tout raconté »,"
                + " écrit-il.\n\nLe dernier paragraphe, Nadia Benali ne le lit pas à voix haute. On y lit : « Je veux"
                + " juste rentrer à la maison. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Nadia Benali");
    }
}
