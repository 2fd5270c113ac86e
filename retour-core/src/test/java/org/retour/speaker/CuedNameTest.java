package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An unnamed person a sentence brings on stage, whose words follow at once with an inverted cue that names someone
 * for the first time (« Un éducateur … n'a pas oublié. « … », soupire Karim Ouali. »), is that person: later
 * descriptions and pronouns that stand for the description stand for the name.
 */
class CuedNameTest {

    @Test
    void theEducatorTakenUpLaterIsTheManTheCueNamed() {
        List<Quote> q = top("Sabrina Belkacem est rentrée de Syrie en 2019.\n\nUn éducateur de la prévention spécialisée,"
                + " qui travaille dans le quartier depuis quinze ans, n'a pas oublié ces années-là. « On a perdu des"
                + " gamins », soupire Karim Ouali.\n\nPour l'éducateur, le retour de Sabrina Belkacem divise. « Le plus"
                + " important, c'est que les petits voient qu'on peut revenir », estime-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Ouali");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Ouali");
    }

    @Test
    void aLawyerTakenUpByAPronounSourceIsTheLawyerTheCueNamed() {
        List<Quote> q = top("Josiane Lhoest attend le retour de sa fille.\n\nUne avocate qui suit plusieurs familles"
                + " dénonce l'immobilisme. « Chaque hiver est un hiver de trop », martèle Me Céline Grosjean. Pour elle,"
                + " le risque est « largement surestimé ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Céline Grosjean");
    }

    @Test
    void aNameOfTheOtherGenderInTheCueLeavesTheDescriptionUnnamed() {
        List<Quote> q = top("Josiane Lhoest attend le retour de sa fille.\n\nUne avocate qui suit plusieurs familles"
                + " dénonce l'immobilisme. « Chaque hiver est un hiver de trop », répond Paul Girard, le porte-parole."
                + " Pour l'avocate, le risque est « largement surestimé ».", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aDefiniteDescriptionOpeningItsSentenceIsTheOneTheCueOfTheNextWordsNames() {
        List<Quote> q = top("Le camp de Goudoumaria accueille 230 repentis.\n\nLa coordinatrice des activités, une"
                + " assistante sociale originaire de Zinder, tient à nuancer. « Beaucoup sont partis à cause de la faim »,"
                + " explique Hadiza Souley Garba. Selon elle, la plupart n'ont jamais été des idéologues. « Ce sont des"
                + " jeunes sans travail », ajoute-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hadiza Souley Garba");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hadiza Souley Garba");
    }
}
