package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** The words a speaker reports inside their quote are someone else's: they tell nothing of the speaker's own life. */
class NestedWordsVoiceTest {

    @Test
    void aMotherWhoReportsHerSonsWordsFromThereStaysARelative() {
        List<Quote> q = top("Karim Aziz est parti en Syrie en 2014. Sa mère, Leïla Aziz, vit toujours à Roubaix."
                + " « Un jour, il m'a appelée : ‹ Ici on combat au front, à Raqqa, avec les frères. › J'ai raccroché et"
                + " j'ai pleuré », raconte-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leïla Aziz");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }
}
