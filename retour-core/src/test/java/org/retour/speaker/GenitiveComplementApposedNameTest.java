package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A German description with an indefinite genitive ("Der Vater eines Rückkehrers, Bernd Kolbe,") is the name apposed to it, and a relative. */
class GenitiveComplementApposedNameTest {

    @Test
    void derVaterEinesRueckkehrersIstDerApponierteName() {
        List<Quote> q = top("Die Beratungsstelle betreut rund 30 Familien.\n\nDer Vater eines Rückkehrers, Bernd Kolbe,"
                + " widerspricht. „Mein Sohn kam nach Hause, weil er Angst hatte“, sagte er.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bernd Kolbe");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }
}
