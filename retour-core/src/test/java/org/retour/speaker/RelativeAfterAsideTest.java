package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The antecedent of « qui » speaks the words of the relative clause's cue even past an aside between commas. */
class RelativeAfterAsideTest {

    @Test
    void theFighterBeforeTheAsideSpeaksNotThePsychologist() {
        String text = "Sophie Marchand suit des revenants. Elle cite un ancien combattant, rentré de Mossoul en"
                + " 2017, qui lui a dit : « On avait plus peur de nos frères que des avions. »";
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("un ancien combattant");
        assertThat(q.get(0).span().start()).isEqualTo(text.indexOf("On avait"));
    }
}
