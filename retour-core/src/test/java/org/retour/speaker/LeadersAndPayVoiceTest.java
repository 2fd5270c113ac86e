package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A speaker with no role who tells in the first person of the group's leaders, pay and battles was inside it. */
class LeadersAndPayVoiceTest {

    @Test
    void aNamedManWhoSpeaksOfTheChiefsVillasWasInsideTheGroup() {
        List<Quote> q = top("Yanis Berrada a écrit une lettre que sa mère a lue. « Je suis parti pour une cause, j'ai"
                + " trouvé des chefs qui vivaient dans des villas pendant qu'on dormait par terre », écrit le jeune homme.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yanis Berrada");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }

    @Test
    void anUnnamedManWhoSpeaksOfHisSalaryAndTheLeadersWasInsideTheGroup() {
        List<Quote> q = top("\"My salary stopped after six months and the leaders kept the money,\" one man from Leeds"
                + " told us.", "en");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }
}
