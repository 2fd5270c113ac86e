package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A French participle of asking that agrees with its object pronoun (« l'a interrogée », « les a questionnés ») puts a
 * question to that person as « l'a interrogé » does: the quote with no cue after it is the answer of the one asked.
 */
class AgreeingAskedParticipleTest {

    @Test
    void feminineParticipleOfAskingGivesTheNextQuoteToTheWomanAsked() {
        List<Quote> q = top("Leïla Benali, 31 ans, comparaît depuis lundi devant la cour d'assises.\n\n"
                + "Ce mardi, la présidente, Claire Morin, l'a interrogée pendant deux heures. Sur son départ, d'abord. "
                + "« Je voulais vivre ma religion en paix, c'est tout ce que je croyais. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leïla Benali");
    }

    @Test
    void feminineParticipleOfQuestioningGivesTheNextQuoteToTheWomanAsked() {
        List<Quote> q = top("Sonia Perrin, 28 ans, est rentrée de Syrie en 2021.\n\n"
                + "Le juge, Paul Arnaud, l'a questionnée sur ses années à Raqqa. Sur l'attente, "
                + "surtout. « On attendait, surtout. On attendait que les hommes rentrent. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sonia Perrin");
    }
}
