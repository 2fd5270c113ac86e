package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that already stood for the article's protagonist keeps standing for them when an
 * indefinite description sharing its noun is told of in between ("un Egyptien accusé d'avoir voulu fuir").
 */
class ProtagonistDescriptionTest {

    @Test
    void theAccusedStaysTheAccusedAfterAnotherManAccusedOfFleeing() {
        List<Quote> q = top("Devant la cour, Karim Hadjeb, 32 ans, a raconté ses trois années en Syrie.\n\n"
                + "« Partir, c'était risquer une balle dans le dos », a déclaré l'accusé.\n\n"
                + "Il dit avoir assisté à l'exécution d'un Egyptien accusé d'avoir voulu fuir.\n\n"
                + "L'accusé affirme aussi avoir été dégoûté. « Ils fouettaient des vieux au marché », a-t-il lancé.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Hadjeb");
    }

    @Test
    void aWitnessIntroducedIndefinitelyIsSomeoneNew() {
        List<Quote> q = top("Devant la cour, Karim Hadjeb, 32 ans, a raconté ses trois années en Syrie. « J'ai eu peur »,"
                + " a-t-il dit.\n\n"
                + "Un témoin cité par la défense a ensuite pris la parole. « Il voulait rentrer », a dit le témoin.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void theFormerFighterIsNotTheImamWhoSpokeBefore() {
        List<Quote> q = top("Abdul Issaka, 30, returned to Ghana in 2019 and now speaks in schools.\n\n"
                + "A local imam, Sheikh Mohammed Alhassan, urged parents to watch their children. \"Parents must be patient,\""
                + " he said.\n\n"
                + "Asked by a student whether he had been afraid to leave, the former fighter paused. \"Everybody knew a man"
                + " who tried.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Abdul Issaka");
    }

    private static final String KASSERINE = "KASSERINE — Cet ancien combattant de 28 ans parle bas. Aymen Gharbi est rentré"
            + " de Syrie en 2019. « Ici, tout le monde sait », dit-il.\n\n"
            + "Son frère aîné, Mourad, tient l'épicerie voisine. ";

    @Test
    void anAgeWordStandsForTheParagraphsTopicOverAPersonNamedAsAnObject() {
        List<Quote> q = top(KASSERINE + "Il a payé le passeur qui devait ramener Aymen en 2017. « J'ai vendu la voiture"
                + " de mon père », raconte le quadragénaire.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mourad Gharbi");
    }

    @Test
    void anAgeWordStandsForAPersonNamedAsASubjectBeforeIt() {
        List<Quote> q = top(KASSERINE + "Aymen lui doit son retour en 2017. « Il a vendu la voiture de notre père »,"
                + " raconte le jeune homme.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Aymen Gharbi");
    }

    @Test
    void anAgeWordOpeningTheNextParagraphsQuoteStandsForTheTopicOverAPersonNamedAsAnObject() {
        List<Quote> q = top("Il est sorti de prison mardi. Rachid El M., 38 ans, condamné pour avoir organisé des départs"
                + " vers la Syrie, a obtenu sa libération.\n\n« Je ne suis plus le même », nous a-t-il déclaré.\n\n"
                + "Soufiane est l'un de ceux qui sont revenus. Il n'a pas attendu la sortie de Rachid El M. pour tourner la"
                + " page.\n\n« Là-bas, on nous mettait à part », raconte le jeune homme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid El M.");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Soufiane");
    }
}
