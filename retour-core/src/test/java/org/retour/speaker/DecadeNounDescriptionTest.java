package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite decade noun (« le trentenaire », « la quinquagénaire ») stands for the person named before it whose
 * age in figures fits it, else for the person who opens its paragraph as subject, not for the protagonist named
 * before; its article gives its gender.
 */
class DecadeNounDescriptionTest {

    @Test
    void theFiftyYearOldWomanIsTheMotherWhoOpensTheParagraph() {
        List<Quote> q = top("Youssef Amrani, 29 ans, est jugé depuis lundi à Lyon. Sa tante, Farida Amrani, arrivée de"
                + " Marseille le matin même, a témoigné à la barre. « Je lui envoyais de l'argent chaque mois », a expliqué"
                + " la quinquagénaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Farida Amrani");
    }

    @Test
    void theThirtyYearOldIsTheFriendNamedAtTheHeadOfTheParagraph() {
        List<Quote> q = top("Samir Lahlou est rentré de Syrie en 2019.\n\nMehdi Ouali, son voisin d'enfance, n'est jamais"
                + " parti. En 2014, Samir avait voulu l'emmener. « Il m'a téléphoné deux fois », se rappelle le trentenaire.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Ouali");
    }

    @Test
    void anAgeInFiguresOutsideTheDecadeSendsItToThePersonWhoseAgeFits() {
        List<Quote> q = top("Samir Lahlou, 36 ans, est rentré de Syrie en 2019.\n\nSon cousin, Mehdi Ouali, 52 ans, le"
                + " reçoit chez lui. « J'ai eu peur pour lui », confie le trentenaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Lahlou");
    }
}
