package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person the sentence before tells has died ("One of them is now dead.") takes no pronoun that opens the next
 * sentence: the words go to the person the paragraph is about.
 */
class DeadSubjectPronounTest {

    @Test
    void aPronounAfterADeadPartitiveGoesToTheProtagonist() {
        List<Quote> q = top("Gareth Pomfrey keeps his old phone in a drawer.\n\n"
                + "Pomfrey, then a student, left in 2014 with two friends. One of them is now dead. He says he was"
                + " \"lied to from the first day\".\n\n"
                + "\"They promised us houses and we got a mattress,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Gareth Pomfrey");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Gareth Pomfrey");
    }

    @Test
    void aPronounAfterALivingPartitiveStillFollowsIt() {
        List<Quote> q = top("Gareth Pomfrey keeps his old phone in a drawer.\n\n"
                + "Pomfrey, then a student, left in 2014 with two friends. One of them is now a teacher. He says he was"
                + " \"lied to from the first day\".", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("One of them");
    }
}
