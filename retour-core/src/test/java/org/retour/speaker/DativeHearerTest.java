package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Il lui a parlé de … « … » » after a father's words: « il » is the son who told him, not the father. */
class DativeHearerTest {

    private static final String TEXT = "Hédi Jlassi garde la dernière photo de son fils, Aymen, détenu à Mitiga.\n\n"
            + "« Il m'a dit que ce n'était pas le jihad », rapporte Hédi Jlassi.\n\n";

    @Test
    void theSubjectOfATellingToTheLastSpeakerIsTheOneWhoTold() {
        List<Quote> q = top(TEXT + "Il lui a aussi parlé des émirs, « qui vendaient le carburant la nuit ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Aymen Jlassi");
    }

    @Test
    void withoutAPronounOfTheOneToldTheLastSpeakerGoesOn() {
        List<Quote> q = top(TEXT + "Il a aussi parlé des émirs, « qui vendaient le carburant la nuit ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hédi Jlassi");
    }
}
