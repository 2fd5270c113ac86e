package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A speaker whose role names a trade or a standing no voice covers speaks as "other" when nothing else tells who they
 * are; one called only by age, sex or origin keeps no voice.
 */
class TradeVoiceTest {

    @Test
    void aShopkeeperSpeaksAsOther() {
        List<Quote> q = top("Dans la rue, on parle peu du procès. « Ici, tout le monde connaissait la famille », dit un"
                + " commerçant de la Grand-Rue.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void aCoachNamedWithHisClubSpeaksAsOther() {
        List<Quote> q = top("L'entraîneur du club, Patrick Schmitt, a signé la licence. « Sur le terrain, c'est un joueur"
                + " comme les autres », dit-il.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void aYoungManKeepsNoVoiceOfHisOwn() {
        List<Quote> q = top("Dans la rue, on parle peu du procès. « Ici, tout le monde connaissait la famille », dit un"
                + " jeune homme.", "fr");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OTHER);
    }
}
