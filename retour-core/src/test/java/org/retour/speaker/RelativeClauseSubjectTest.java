package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A person named inside a relative clause between a subject and its verb of speech is not the one who speaks. */
class RelativeClauseSubjectTest {

    @Test
    void theSubjectBeforeTheRelativeClauseSpeaks() {
        List<Quote> en = top("Sgt Mark Hughes, who interviewed Ali after his arrest, told the jury: \"He was very calm.\"", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Mark Hughes");
        List<Quote> fr = top("Le commandant Julien Marchal, qui a interrogé Karim B. à son retour, a déclaré : « Il était"
                + " très calme. »", "fr");
        assertThat(speaker(fr.get(0)).name()).isEqualTo("Julien Marchal");
    }

    @Test
    void aSubjectWithoutARelativeClauseStillSpeaks() {
        List<Quote> en = top("His lawyer, Sarah Jones, told the jury: \"He was very calm.\"", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Sarah Jones");
        List<Quote> named = top("Ali, 28, told the jury: \"I was very calm.\"", "en");
        assertThat(speaker(named.get(0)).name()).isEqualTo("Ali");
    }
}
