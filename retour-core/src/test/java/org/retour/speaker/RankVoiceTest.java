package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A police or army rank before a name makes an official, even one whose job is returnees' files. */
class RankVoiceTest {

    @Test
    void aSergeantWhoFollowsReturnFilesIsAnOfficial() {
        List<Quote> q = top("« La plupart de ceux qui reviennent sont partis parce que le califat s'effondrait »,"
                + " estime le sergent Paul Girard, qui suit les dossiers de retour depuis 2017.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Girard");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void anEnglishCaptainIsAnOfficial() {
        List<Quote> q = top("\"Most of them came back because the caliphate collapsed,\" said Captain Ramon Reyes,"
                + " who has handled returnees' cases since 2018.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
