package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « l'aîné » and « le cadet » in apposition to two names are roles that their later descriptions take up. */
class SiblingRankTest {

    private static final String TEXT = "Deux frères de Roubaix comparaissaient mardi. Karim Benali, l'aîné, parle fort ;"
            + " Samir Benali, le cadet, murmure.\n\n"
            + "« J'ai fait la cuisine pendant quatre mois », a raconté l'aîné.\n\n"
            + "Le cadet, lui, a tenu plus longtemps. « On nous donnait toujours les gardes de nuit », a-t-il expliqué.";

    @Test
    void theYoungerIsTheOneNamedTheYounger() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samir Benali");
        assertThat(speaker(q.get(1)).role()).isEqualTo("cadet");
    }
}
