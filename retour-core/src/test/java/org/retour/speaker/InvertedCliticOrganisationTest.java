package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** An inverted verb of speech after a quote keeps its organisation subject past a pronoun before it (« y précise »). */
class InvertedCliticOrganisationTest {

    @Test
    void yBeforeTheVerbLeavesTheOrganisationAfterItTheSpeaker() {
        List<Quote> q = top("Le ministère renvoie à son communiqué. « Les mineurs ont été remis aux services de l'aide"
                + " sociale à l'enfance », y précise le Quai d'Orsay.", "fr");
        assertThat(q.get(0).attribution().cue()).isNotNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Quai d'Orsay");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aWordOtherThanAPronounBeforeTheVerbIsNoInversion() {
        List<Quote> q = top("Le texte est court. « Les mineurs ont été remis aux services », puis précise le Quai d'Orsay.",
                "fr");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNotEqualTo("Quai d'Orsay");
    }
}
