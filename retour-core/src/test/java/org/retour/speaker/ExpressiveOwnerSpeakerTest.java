package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A sentence opened by someone's voice, eyes or face (« La voix de Yassine tremble. ») hands the next quote to them. */
class ExpressiveOwnerSpeakerTest {

    @Test
    void laVoixDeYassineAfterAnOpeningPhraseGivesTheQuoteToYassine() {
        List<Quote> q = top("Omar Fekir a témoigné le premier.\n\n"
                + "Au téléphone, la voix de Yassine tremble. « Je veux juste voir mes enfants. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassine");
    }

    @Test
    void lesYeuxDeFatimaGiveTheQuoteToFatima() {
        List<Quote> q = top("Omar Fekir a témoigné le premier.\n\n"
                + "Les yeux de Fatima se remplissent de larmes. « Ils m'ont menti sur tout. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fatima");
    }

    @Test
    void theVoiceOfYassineGivesTheQuoteToYassine() {
        List<Quote> q = top("Omar Fekir testified first.\n\n"
                + "The voice of Yassine trembles. \"I just want to see my children.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassine");
    }

    @Test
    void aPersonInAnyOtherComplementIsNoSpeaker() {
        List<Quote> q = top("Omar Fekir a témoigné le premier.\n\n"
                + "La maison de Yassine est vide. « Je veux juste voir mes enfants. »", "fr");
        assertThat(speaker(q.get(0)) == null || !"Yassine".equals(speaker(q.get(0)).name())).isTrue();
    }
}
