package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite demonym or age-and-sex description far from any name (« Le Vaudois affirme … », « la jeune femme ») is the
 * protagonist the lead named and the article keeps speaking of, unless its paragraph brought someone in; a name the
 * quotes only hold is no protagonist, and a pseudonym's verb is no part of it.
 */
class NamedProtagonistTest {

    private static final String FILLER = "Il parle lentement. Il regarde souvent la fenêtre. Il boit son café sans sucre. Il"
            + " hésite avant chaque phrase, puis reprend le fil. Il raconte les nuits de garde, le froid, les ordres. Il dit"
            + " que personne ne l'attendait au retour et qu'il a mis deux ans à retrouver du travail sur un chantier. ";

    @Test
    void theDemonymParagraphsLaterIsTheLeadsProtagonist() {
        List<Quote> q = top("Condamné en 2018, Luca Bertholet a quitté la prison la semaine passée. Il a accepté de nous"
                + " parler.\n\n" + FILLER.repeat(4) + "\n\nLe Vaudois affirme qu'il a vite compris la hiérarchie. « On nous"
                + " payait moins que les Saoudiens. »", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Luca Bertholet");
    }

    @Test
    void theQuotesGivenToTheAccusedCountAsMentionsAgainstAJudgeNamedAsOften() {
        String goesOn = "« Là-bas, on attendait. Les journées étaient longues et personne ne nous disait rien de ce qui se"
                + " passait ailleurs. »\n\n";
        List<Quote> q = top("Elle parle bas. Chloé Vasseur, 28 ans, comparaissait jeudi à Paris.\n\nLa présidente, Anne"
                + " Roux, déroule la chronologie. Anne Roux lit le dossier. « Vous étiez heureuse ? » « Au début, oui »,"
                + " répond Chloé Vasseur.\n\n" + goesOn.repeat(12) + "La présidente l'interrompt : « Et vous n'avez pas"
                + " pensé à partir ? » La jeune femme secoue la tête. « Les femmes qui essayaient, on les enfermait. »", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Chloé Vasseur");
    }

    @Test
    void aNameOnlyTheQuotesHoldIsNoProtagonist() {
        List<Quote> q = top("Le premier est parti « pour défendre les Syriens contre Bachar », répète-t-il. « Les gens de"
                + " Bachar, on les voyait passer. »\n\n" + FILLER.repeat(4) + "\n\nLe Toulousain affirme qu'il a vite"
                + " compris. « On nous payait moins que les Saoudiens. »", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isNull();
    }

    @Test
    void aPseudonymsVerbIsNoPartOfTheName() {
        List<Quote> q = top("Elle a demandé qu'on ne publie pas son nom. Appelons-la Nadia. Elle est rentrée en décembre."
                + " « Ce jour-là, quelque chose s'est cassé », dit-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia");
    }

    @Test
    void theYoungWomanFarFromHerNameIsTheProtagonist() {
        List<Quote> q = top("Laura Mézière, 32 ans, comparaît depuis lundi devant la cour d'assises. Elle est partie en 2014.\n\n"
                + FILLER.repeat(4) + "\n\nLe président feuillette le dossier. La jeune femme raconte les coupures de gaz."
                + " « On dormait sur le toit pour avoir un peu d'air », dit-elle.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Laura Mézière");
    }

    @Test
    void someoneBroughtInByTheParagraphIsNotTheProtagonist() {
        List<Quote> q = top("Luca Bertholet a quitté la prison la semaine passée. Il a accepté de nous parler.\n\n"
                + FILLER.repeat(4) + "\n\nLe patron de l'atelier n'a pas hésité longtemps. « Il est à l'heure, il ne boit"
                + " pas », tranche le quinquagénaire.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isNull();
    }
}
