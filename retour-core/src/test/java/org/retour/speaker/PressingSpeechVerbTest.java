package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * French verbs that press a question again (« relance », « s'enquiert ») or say the words in a muffled or biting
 * voice (« marmonne », « grince », « cingle ») are verbs of speech: their subject after the quote is its speaker.
 */
class PressingSpeechVerbTest {

    @Test
    void aQuestionPressedAgainGoesToTheOneWhoPressesIt() {
        List<Quote> q = top("« Et votre frère, il savait ? », relance Hélène Béranger.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hélène Béranger");
    }

    @Test
    void aPressedQuestionInThePastGoesToItsSubject() {
        List<Quote> q = top("« Qui vous a payé le billet ? », a relancé Éric Lefèvre.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Éric Lefèvre");
    }

    @Test
    void aReflexiveQuestionVerbGoesToItsSubject() {
        List<Quote> q = top("« Combien de temps êtes-vous resté là-bas ? », s'enquiert Frédéric Gaillard.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Frédéric Gaillard");
    }

    @Test
    void mutteredAndBitingWordsGoToTheirSubject() {
        List<Quote> q = top("« Ce n'était pas ma guerre », marmonne Karim Benali. « On verra bien à l'audience »,"
                + " grince Sophie Lemaître.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sophie Lemaître");
    }
}
