package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description with a clause set off right after it that withholds the name ("The woman's aunt, who also
 * cannot be named, said") stands for someone unnamed, not for a person named before.
 */
class WithheldNameDescriptionTest {

    @Test
    void anAuntWhoCannotBeNamedIsNotTheJudgeNamedBefore() {
        List<Quote> q = top("In his ruling, Justice Marsh noted that the woman had called the group's leaders \"thieves"
                + " in robes\".\n\nPolice say two citizens have now returned from Syria.\n\nThe woman's aunt, who also"
                + " cannot be named, said the family had been \"waiting at the gate for six years\".", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("aunt");
    }
}
