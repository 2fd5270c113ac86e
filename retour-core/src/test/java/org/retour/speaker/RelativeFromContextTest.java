package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A speaker with no role who speaks more of him or her than of themselves, in sentences about their kin,
 * is a relative; a message introduced by "he wrote:" is its writer's, even when the next sentence has a
 * verb of speech.
 */
class RelativeFromContextTest {

    @Test
    void aMotherWhoSpeaksOfHerSonIsARelativeEvenWhenHisWordsNameTheGroup() {
        List<Quote> q = top("Ruth Ellery keeps her son's letters in a shoebox.\n\n\"He said that the brothers"
                + " were cruel, that he was hungry, that he wanted to see the sea,\" she recalled. \"I believed"
                + " him.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Ellery");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aFormerFighterWhoSpeaksOfHisEmirIsNoRelative() {
        List<Quote> q = top("Omar Daher fled to Turkey in 2016, where he met his cousin again.\n\n\"I saw the emir"
                + " every day. I guarded his house,\" Daher said. \"I left the day my cousin was caught at a"
                + " checkpoint.\"", "en");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.RELATIVE);
    }

    @Test
    void aMessageAfterHeWroteIsTheSonsNotTheNextSpeakers() {
        List<Quote> q = top("Marion Cole keeps the printouts in a folder.\n\nHer son, Luke Cole, left for Syria in"
                + " 2014. In one message, he wrote on Telegram: \"Mum, the local brothers get the villas and we get"
                + " the night watch.\" In 2016 he told his mother he wanted to come back.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Luke Cole");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }
}
