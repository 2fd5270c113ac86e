package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A former member held or tried where the group held ground is away from home; one tried at home is back. */
class HeldOnGroundVoiceTest {

    @Test
    void aBritonInAPrisonInSyriaIsADefector() {
        List<Quote> q = top("Liam Porter, 29, from Bolton, spoke to reporters from a prison in Hasakah, where he has"
                + " been held since March. He wants to go home.\n\n"
                + "\"I was a guard for the emir. I never fought at the front,\" Porter said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Liam Porter");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void aBritonInAPrisonAtHomeIsAReturnee() {
        List<Quote> q = top("Liam Porter, 29, from Bolton, spoke to reporters from a prison in Manchester, where he"
                + " has been held since March, awaiting trial.\n\n"
                + "\"I was a guard for the emir. I never fought at the front,\" Porter said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aFrenchwomanJudgedInBaghdadIsADefector() {
        List<Quote> q = top("Sabrina L., 31 ans, originaire de Lunel, a été jugée à Bagdad en juin.\n\n"
                + "« J'ai vu l'émir frapper des femmes au marché », a-t-elle déclaré.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }
}
