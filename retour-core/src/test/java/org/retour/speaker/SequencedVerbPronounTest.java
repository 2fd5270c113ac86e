package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech joined by a comma and an adverb of sequence, or in the infinitive after « par », to an earlier verb
 * has that verb's subject pronoun.
 */
class SequencedVerbPronounTest {

    @Test
    void pronounBeforeAHesitationThenAVerbOfSpeechSpeaks() {
        List<Quote> q = top("Karim Ouali, 31 ans, est jugé depuis lundi pour association de malfaiteurs.\n\n"
                + "La présidente l'interroge sur ses années en Syrie. Il se tait, puis lâche : « J'ai gardé une prison. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Ouali");
    }

    @Test
    void englishPauseThenSaid() {
        List<Quote> q = top("Omar Haddad, 29, returned from Syria in 2018.\n\n"
                + "He spent two years near Raqqa. He paused, then said: \"I guarded a checkpoint.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void pronounBeforeFinitParAndAnInfinitiveOfSpeechSpeaks() {
        List<Quote> q = top("Samir Belkadi, 40 ans, tient une boulangerie à Tripoli.\n\n"
                + "Son frère aîné, Karim, l'écoute sans rien dire. Il finit par confier : « Je n'ai jamais dormi là-bas. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Belkadi");
    }
}
