package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A name after a preposition and capitalised title words is the preposition's complement, not the speaker
 * ("a spokesperson for Home Affairs Minister Claire Whitford said"), while the agent of a passive keeps
 * speaking through its sentence's cue ("La défense, assurée par Me Pascal Monnier, a plaidé").
 */
class TitledComplementTest {

    @Test
    void theSpokespersonForATitledMinisterSpeaksNotTheMinister() {
        List<Quote> q = top("In a statement, a spokesperson for Home Affairs Minister Claire Whitford said the decision was"
                + " made \"on the basis of careful consideration of security factors\".", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theMinisterNamedAsSubjectStillSpeaks() {
        List<Quote> q = top("Home Affairs Minister Claire Whitford said the decision was \"carefully considered\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Whitford");
    }

    @Test
    void lAvocatAgentDuPassifPlaideToujours() {
        List<Quote> q = top("La défense, assurée par Me Pascal Monnier, a plaidé le sursis, soulignant que sa cliente"
                + " s'était « livrée d'elle-même » au consulat.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Pascal Monnier");
    }
}
