package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that no nearer rule settles (« l'éducatrice », « la jeune femme », « la mère ») stands
 * for the one person of its gender named in its paragraph or the one before, not for nobody; a noun of age or sex
 * alone does not stand for someone named by their trade.
 */
class NeighbourProtagonistTest {

    @Test
    void aTradeNounTakesUpThePersonTheParagraphOpensWith() {
        List<Quote> q = top("Dans le gymnase, un ancien détenu parle aux élèves.\n\n"
                + "Sophie Marchal, la coordinatrice du centre social, écoute au premier rang. « Ils posent les bonnes"
                + " questions », note l'éducatrice.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Marchal");
    }

    @Test
    void aNounOfAgeOrSexTakesUpTheRelativeWhoSpokeBefore() {
        List<Quote> q = top("Sa cousine, Yasmina, 29 ans, est venue de Lille. « On l'attendait chaque dimanche »,"
                + " confie Yasmina.\n\n"
                + "La jeune femme ne l'excuse pas. « Il savait ce qu'il faisait », dit-elle.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yasmina");
    }

    @Test
    void kinNamedAfterBeingToldOfIsTheParentWhoSpeaks() {
        List<Quote> q = top("Son fils Mehdi, 24 ans, est détenu en Irak.\n\n"
                + "Mehdi est parti en 2014. Son père garde ses lettres. Ce que Mehdi raconte, Rachid Amrani le lit"
                + " à voix basse. « Il écrit qu'il a froid », rapporte le père.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid Amrani");
    }

    @Test
    void aNounOfAgeAloneIsNotTheSocialWorkerNamedBefore() {
        List<Quote> q = top("Un ancien combattant de 30 ans témoigne devant la classe.\n\n"
                + "À côté de lui, Paul Girard, éducateur à l'association, l'accompagne depuis un an.\n\n"
                + "Le jeune homme reprend. « On nous faisait garder des routes vides », raconte le jeune homme.\n",
                "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Paul Girard");
    }
}
