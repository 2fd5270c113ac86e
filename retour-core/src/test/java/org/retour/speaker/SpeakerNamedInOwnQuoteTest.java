package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A person the words name in the third person is not the one a pronoun cue after them stands for (« … je serais
 * peut-être mort comme Mehdi », dit-il: not Mehdi), unless the speaker names themselves ("I'm Tariq").
 */
class SpeakerNamedInOwnQuoteTest {

    @Test
    void theFriendNamedInTheWordsIsNotTheirSpeaker() {
        List<Quote> q = TestPipelines.analyze("Sofiane écoute sans l'interrompre. Lui n'est jamais parti. En 2014, Mehdi"
                + " avait pourtant essayé de l'emmener. « Si j'étais parti avec eux, je serais peut-être mort comme"
                + " Mehdi », dit-il.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane");
    }

    @Test
    void aSpeakerWhoNamesThemselvesStaysTheSpeaker() {
        List<Quote> q = TestPipelines.analyze("Tariq Mansour hosts a podcast in Toronto. \"Welcome back. I'm Tariq, and"
                + " this is episode nine,\" he says.", "en").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq Mansour");
    }
}
