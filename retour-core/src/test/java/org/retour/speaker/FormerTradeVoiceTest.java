package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A trade under a former marker ("a former bus driver") is no longer practised: its holder is no practitioner who
 * speaks as such in every quote, and what they tell of life inside the group and of their trial decides their voice.
 */
class FormerTradeVoiceTest {

    private static final String TRIAL = "A Leeds man accused of joining Islamic State told a jury on Tuesday that he"
            + " ran away from the group in 2017.\n\n"
            + "Imran Shah, 27, is on trial at Leeds Crown Court charged with preparing acts of terrorism.\n\n"
            + "Shah, a %s from Beeston, said he travelled to Raqqa in 2015. \"I was at a checkpoint with a rifle for"
            + " two years and the emir never trusted us,\" he told the trial.\n";

    @Test
    void aFormerWorkerWhoTellsOfTheGroupOnTrialIsAReturnee() {
        List<Quote> q = top(TRIAL.formatted("former delivery worker"), "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Imran Shah");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aWorkerWhoStillWorksStaysOther() {
        List<Quote> q = top("Sarah Lowe, a youth worker in Beeston, said: \"The boys I see want a job, not a war.\"",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah Lowe");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
