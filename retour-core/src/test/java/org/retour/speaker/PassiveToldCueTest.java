package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The subject of a verb of telling in the passive ("was told that “…”") heard the words: they are not theirs. */
class PassiveToldCueTest {

    private static final String OPENING = "The trial opened on Monday.\n\n\"I want to go home,\" said Omar Tahir, 29.\n\n";

    @Test
    void theOneToldDoesNotSpeak() {
        List<Quote> q = top(OPENING + "Tahir said he asked to leave in 2017 and was told that \"the only way out is"
                + " death.\"", "en");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test
    void theAgentOfThePassiveSpeaks() {
        List<Quote> q = top(OPENING + "Tahir said he was warned by Karim Haddou that \"anyone who leaves the state will be"
                + " killed.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Haddou");
    }

    @Test
    void aThingPromisedInTheTellersWordsStaysTheTellers() {
        List<Quote> q = top(OPENING + "Tahir told the court he had been promised a job \"in the hospital of the state\".",
                "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Tahir");
    }
}
