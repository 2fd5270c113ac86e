package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Arabic first person plural with its particles (لأننا, وكنا) tells of life inside the group. */
class ArabicInsideVoiceTest {

    @Test
    void speakerOfWeWithItsParticlesAndACarBombIsAFormerMember() {
        List<Quote> q = top("يقول سامي إنه سافر إلى سوريا عام 2014.\n"
                + "ويضيف سامي: «وكنا نحرس الجبهة طوال الليل، لأننا أجانب، ثم أرادوا أن أقود سيارة مفخخة».",
                "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("سامي");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }
}
