package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.speaker.VoiceContext.Signal;

/**
 * A wish reaches over the chain of infinitives after it, up to a word that opens a new clause: a trial wished for at
 * home is no return yet.
 */
class WishedReturnVoiceTest {

    @Test
    void aTrialAtTheEndOfAChainOfInfinitivesIsOnlyWishedFor() {
        WordSignals words = new WordSignals(List.of("en wish wants", "en returned home trial"));
        String[] lowered = "he wants to be flown home to stand trial".split(" ");
        Signal[] sig = words.ofAll(lowered, "en");
        assertThat(sig[5]).isNull();
        assertThat(sig[8]).isNull();
    }

    @Test
    void aReturnInTheNextRunIsNoLongerWished() {
        WordSignals words = new WordSignals(List.of("fr wish souhaite", "fr returned rapatriée jugée"));
        String[] lowered = {"elle", "souhaite", "être", "rapatriée", null, "elle", "a", "été", "jugée"};
        Signal[] sig = words.ofAll(lowered, "fr");
        assertThat(sig[3]).isNull();
        assertThat(sig[8]).isEqualTo(Signal.RETURNED);
    }

    @Test
    void aWordOpeningANewClauseEndsTheWish() {
        WordSignals words = new WordSignals(List.of("fr wish espérait", "fr returned rentrée", "fr clause puis"));
        String[] lowered = "elle l'espérait depuis des mois puis elle est rentrée".split(" ");
        Signal[] sig = words.ofAll(lowered, "fr");
        assertThat(sig[5]).isNull(); // « puis » itself says nothing of the speaker
        assertThat(sig[8]).isEqualTo(Signal.RETURNED);
    }

    @Test
    void aFighterHeldInSyriaWhoWantsATrialAtHomeIsADefector() {
        List<Quote> q = top("Reporters were allowed to meet two detainees at a prison in Hasakah last month. One, a"
                + " 34-year-old from Cardiff who gave his name as Abu Talha, said he had surrendered in 2019.\n\n"
                + "\"At the end the emirs ate and we starved,\" he said.\n\n"
                + "Abu Talha said he wanted to be sent home to face trial. \"Put me in a prison in Wales. My"
                + " brother can visit me there,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abu Talha");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }
}
