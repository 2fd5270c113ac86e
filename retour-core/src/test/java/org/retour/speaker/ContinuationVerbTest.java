package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A description of origin after a verb of going on (« poursuit l'Elbeuvien ») is the one who spoke before. */
class ContinuationVerbTest {

    private static final String BROTHERS = "Julien Marchand, 34 ans, parle de son frère Kévin devant des lycéens."
            + " « Il disait que les convertis, on les regardait de travers », raconte Julien Marchand.\n\n";

    @Test
    void aVerbOfGoingOnKeepsTheLastSpeakerPastABrotherToldOfBetween() {
        List<Quote> q = top(BROTHERS + "En 2017, Kévin dit avoir vu un ami belge abattu. « Après ça, il ne parlait plus"
                + " de partir », poursuit l'Elbeuvien.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Julien Marchand");
    }

    @Test
    void anotherVerbLeavesTheDescriptionToThePersonJustToldOf() {
        List<Quote> q = top(BROTHERS + "En 2017, Kévin dit avoir vu un ami belge abattu. « Après ça, je ne parlais plus"
                + " de partir », écrit l'Elbeuvien dans une lettre.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Julien Marchand");
    }
}
