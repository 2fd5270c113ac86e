package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A capitalised feminine national of Central Asia heads the description of an unnamed woman (« Une Ouzbèke m'a
 * raconté : »), who then keeps the feminine pronoun's next cue; lower case after a noun it stays that noun's adjective.
 */
class FeminineNationalTest {

    @Test
    void anUzbekWomanIsTheUnnamedSpeakerAndKeepsHerPronoun() {
        List<Quote> q = top("La directrice du camp nous reçoit. Une Ouzbèke m'a raconté : « Là-bas, partir, c'était mourir. »"
                + " Elle disait aussi : « Les chefs sont partis les premiers. »", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).description()).isEqualTo("Une Ouzbèke");
        assertThat(speaker(q.get(1)).description()).isEqualTo("Une Ouzbèke");
    }

    @Test
    void aLowerCaseNationalAfterANounLeavesTheNounAsHead() {
        List<Quote> q = top("Une réfugiée ouzbèke m'a dit : « Nous avions faim. »", "fr");
        assertThat(speaker(q.get(0)).description()).contains("réfugiée");
    }
}
