package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An unnamed person who opens a paragraph as its subject and reports something through a subject pronoun in a later
 * sentence of it ("The second man … had been in Syria since 2013. He said …") takes the pronoun's cue after the next
 * paragraph's quote, not the one who spoke before the paragraph.
 */
class PronounReportingOpenersTest {

    @Test
    void theSecondManWhoReportsInHisParagraphNotTheFirstSpeaker() {
        List<Quote> q = top("\"The emir came three times,\" Ahmed said.\n\n"
                + "The second man, a 34-year-old from Kazakhstan, had been in Syria since 2013. He said the mood had"
                + " changed as the group lost ground.\n\n"
                + "\"When I came, every month we took a new town,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("The second man");
    }

    @Test
    void frenchSecondManWhoReportsInHisParagraph() {
        List<Quote> q = top("« L'émir est venu trois fois », a dit Ahmed.\n\n"
                + "Le second homme, un Kazakh de 34 ans, était en Syrie depuis 2013. Il a dit que l'ambiance avait"
                + " changé quand le groupe a perdu du terrain.\n\n"
                + "« Quand je suis arrivé, chaque mois nous prenions une ville », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Le second homme");
    }

    @Test
    void aPersonNamedInTheParagraphLeavesThePronounOpen() {
        List<Quote> q = top("\"The emir came three times,\" Ahmed said.\n\n"
                + "The second man had been in Syria since 2013 with Omar Haddad. He said the mood had changed as the"
                + " group lost ground.\n\n"
                + "\"When I came, every month we took a new town,\" he said.", "en");
        assertThat(speaker(q.get(1)).description()).isNotEqualTo("The second man");
    }
}
