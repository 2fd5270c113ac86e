package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A naming phrase with the agent or the source of the naming inside it ("identified by the prosecutors as", "named
 * in court papers as") names the person described before it, as "identified as" does: the description, and an
 * unnamed person of a lead it takes up, stand for that name.
 */
class GappedNamingPhraseTest {

    @Test
    void aManIdentifiedByAnAgentIsTheNamedOne() {
        List<Quote> q = top("A Jordanian who fought for the group for two years has spoken from his cell in a video released"
                + " on Monday.\n\nIn the film, the man, identified by the interior ministry as Samer Haddad, 31, sits at a"
                + " table.\n\n“They promised us justice and gave us checkpoints,” he says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samer Haddad");
    }

    @Test
    void aWomanNamedInCourtPapersIsTheNamedOne() {
        List<Quote> q = top("A British woman who lived in Raqqa for three years has returned to London.\n\nThe woman, named"
                + " in court papers as Amina Rafiq, was held for two days.\n\n“I only wanted to see my children,” she"
                + " told the court.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Rafiq");
    }
}
