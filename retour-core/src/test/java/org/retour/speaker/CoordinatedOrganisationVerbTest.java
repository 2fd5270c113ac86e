package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech joined by "and" to the first verb of a sentence an organisation opens is the organisation's
 * ("The Pentagon warned … and urged … “…”", « Interrogé, le ministère indique … et rappelle que « … » »), past a
 * dateline or a short opening phrase closed by a comma.
 */
class CoordinatedOrganisationVerbTest {

    @Test
    void theSecondVerbOfTheOrganisationsSentenceIsItsToo() {
        List<Quote> q = top("LONDON (AP) — Amnesty International warned on Monday that the camps were overflowing, and"
                + " urged governments to act before they turn into \"a school for the next war.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
    }

    @Test
    void pastAnOpeningPhraseTheSecondVerbIsTheOrganisationsToo() {
        String text = "Interrogé par l'AFP, le ministère de la Justice indique qu'il « ne commente pas les"
                + " procédures » et rappelle que « chaque dossier est examiné à part ».";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("ministère de la Justice");
        assertThat(q.get(1).span().of(text)).isEqualTo(q.get(1).text()); // UTF-16 offsets past the accents
    }

    @Test
    void pastAnOpeningPhraseTheSecondVerbIsTheOrganisationsInEnglish() {
        List<Quote> q = top("Asked about the case, the Home Office said it \"does not comment on individuals\" and"
                + " added that \"every application is considered on its merits.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Home Office");
    }
}
