package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A definite description is no nearby person whose role holds its noun when their genders differ. */
class GenderedHeadDescriptionTest {

    private static final String HEARING = "La présidente de la commission, la députée Sabrina Bouaziz, a ouvert la"
            + " séance. « Nous voulons comprendre », a-t-elle dit.\n\nLe rapporteur, Julien Mercier, a ensuite lu une"
            + " lettre. « Je vous écris parce que personne ne m'a demandé pourquoi », y lit-on. ";

    @Test
    void theMaleDeputyIsNotTheWomanWhoseRoleIsDeputy() {
        List<Quote> q = top(HEARING + "Le député a reconnu que la question n'était « presque jamais posée » en détention.",
                "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Julien Mercier");
    }

    @Test
    void theFemaleDeputyIsStillTheWomanWhoseRoleIsDeputy() {
        List<Quote> q = top(HEARING + "La députée a reconnu que la question n'était « presque jamais posée » en détention.",
                "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Sabrina Bouaziz");
    }
}
