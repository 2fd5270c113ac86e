package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A letter's writer introduced as someone new ("a detained fighter … The man, a Dutch national, wrote") stays unnamed. */
class IndefiniteLetterWriterTest {

    @Test
    void anIndefiniteWriterIsNotTheManNamedBefore() {
        List<Quote> q = top("\"We have no plan,\" said Councillor Peter Holm. Holm left early.\n\n"
                + "Later, Mayor Anna Berg read out a letter that a prisoner had sent to the Red Cross. The man, a Danish"
                + " citizen known only by his initials, wrote that he gave himself up in 2019.\n\n"
                + "\"I ran when I saw the executions,\" Berg read.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("Danish citizen");
    }
}
