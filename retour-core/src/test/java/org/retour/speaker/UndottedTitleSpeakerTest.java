package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A British title written without its dot ("Prof Tan") is a title before the surname of a person named in full. */
class UndottedTitleSpeakerTest {

    @Test
    void profAndASurnameAreThePersonNamedInFullBefore() {
        List<Quote> q = top("Professor Rachel Tan of the university spoke after the panel. \"Their stories are worth hearing,\""
                + " said Prof Tan.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachel Tan");
    }
}
