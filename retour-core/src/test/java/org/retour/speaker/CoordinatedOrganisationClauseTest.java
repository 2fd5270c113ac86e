package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An organisation's words go on in a second reported clause of its sentence (« et que « … » », "and that “…”", „und
 * dass „…“"), though the first clause had a person as its subject: that person is the subject of the first clause only.
 */
class CoordinatedOrganisationClauseTest {

    @Test
    void thePrefectureSpeaksBothClauses() {
        List<Quote> q = top("Le tribunal de Lyon a jugé Karim B. mardi.\n\nInterrogée, la préfecture du Rhône indique dans un"
                + " communiqué que le jeune homme « reste sous surveillance » et que « aucune menace n'est établie ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("préfecture du Rhône");
        assertThat(speaker(q.get(1)).name()).isEqualTo("préfecture du Rhône");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("organisation");
    }

    @Test
    void theHomeOfficeSpeaksBothClauses() {
        List<Quote> q = top("Tariq Mahmood was jailed on Friday.\n\nThe Home Office said in a statement that the prisoner"
                + " \u201cis closely monitored\u201d and that \u201cthe public is safe\u201d.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo(speaker(q.get(0)).name());
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("organisation");
    }

    @Test
    void aPersonSubjectOfTheSecondClauseStillHoldsItsOwnSentence() {
        List<Quote> q = top("Le tribunal de Lyon a jugé Karim B. mardi. La préfecture du Rhône évoque « un suivi"
                + " étroit ».\n\nLe jeune homme, lui, répète qu'il « regrette tout ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim B.");
    }
}
