package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A pronoun cue that refers to no one the text names or describes still gives an unnamed speaker. */
class UnresolvedPronounSpeakerTest {

    @Test
    void anUnnamedProtagonistSpeaksThroughHisPronounWithAVoiceFromHisWords() {
        List<Quote> q = top("Ancien combattant de 31 ans, il a passé deux ans en Syrie avant d'être condamné à cinq ans"
                + " de prison au Maroc.\n\n« On nous avait parlé d'un État. J'ai trouvé des émirs qui volaient tout »,"
                + " raconte-t-il.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void aPluralPronounWithNoReferentGivesNoSpeaker() {
        List<Quote> q = top("« On ne savait rien », disent-ils.", "fr");
        assertThat(speaker(q.get(0))).isNull();
    }
}
