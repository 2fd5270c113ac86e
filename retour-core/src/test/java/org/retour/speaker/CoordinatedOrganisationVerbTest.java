package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech joined by "and" to the first verb of a sentence an organisation opens is the organisation's
 * ("The Pentagon warned … and urged … “…”"), past a dateline.
 */
class CoordinatedOrganisationVerbTest {

    @Test
    void theSecondVerbOfTheOrganisationsSentenceIsItsToo() {
        List<Quote> q = top("LONDON (AP) — Amnesty International warned on Monday that the camps were overflowing, and"
                + " urged governments to act before they turn into \"a school for the next war.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
    }
}
