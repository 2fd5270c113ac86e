package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Nouns of a decade of life and of old age (« le septuagénaire », « le patriarche », "the pensioner") describe a
 * person, and a decade noun never stands for someone whose age given in apposition lies well outside its decade.
 */
class DecadeNounSpeakerTest {

    @Test
    void theSeptuagenarianIsTheOldManNotHisSonOfThirty() {
        List<Quote> q = top("Nabil Harrouch, 30 ans, est jugé en appel à Colmar. Ahmed Harrouch, chauffeur-livreur à la retraite, "
                + "est venu en train depuis l'Alsace, comme en première instance.\n\n"
                + "Nabil Harrouch reconnaît tout : le départ, le camp d'entraînement, le poste de garde.\n\n"
                + "À la sortie de la salle, Ahmed Harrouch a accepté de dire quelques mots. « J'avais deux fils. Il m'en reste "
                + "un », a glissé le septuagénaire, avant de reprendre l'escalier.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmed Harrouch");
    }

    @Test
    void aDecadeNounSpeaksForTheOneNamedWithAnAgeInItsDecade() {
        List<Quote> q = top("Son père, Malick Faye, 71 ans, a sa propre lecture des événements. « Ces enfants sont partis parce "
                + "qu'il n'y a pas de travail ici », tranche le septuagénaire, assis sur une natte.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Malick Faye");
    }

    @Test
    void aDecadeNounIsSaidLooselyOfAnAgeJustBelowIt() {
        List<Quote> q = top("Oussama Jlassi, 29 ans, originaire de Kasserine, est rentré en 2017.\n\n"
                + "« On nous appelait les Tunisiens jetables », ajoute le trentenaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Oussama Jlassi");
    }

    private static final String MOTHERS = "Nadia Belkacem, 54 ans, a fondé l'association. « On ne nous écoutait pas »,"
            + " dit-elle.\n\n";

    @Test
    void aDecadeNounStandsForThePersonTheParagraphOpensOnWhoseAgeTheTextDoesNotGive() {
        List<Quote> q = top(MOTHERS + "Khadija Ouazzani, elle, a perdu son fils aîné à Kobané. Elle ne parle pas de"
                + " regrets. « Mon fils n'a jamais dit qu'il voulait revenir », lâche la quinquagénaire.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Khadija Ouazzani");
    }

    @Test
    void aPersonNamedInAnOpeningPhraseIsNotTheOneADecadeNounTakesUp() {
        List<Quote> q = top(MOTHERS + "Interrogée par son avocate, Me Nathalie Gallant, la prévenue a nié. « Je n'ai"
                + " jamais recruté personne », a déclaré la quinquagénaire.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Nathalie Gallant");
    }

    @Test
    void theOldManIsTheUncleNotTheYoungManTheParagraphIsAbout() {
        List<Quote> q = top("Ibrahima Sory Camara, 24 ans, est rentré à Conakry en janvier. « J'ai eu peur », dit-il.\n\n"
                + "À Matoto, Ibrahima vit désormais chez son oncle, El hadj Mamadou Camara, commerçant au marché."
                + " « Quand il est arrivé, il ne parlait à personne », confie le vieil homme.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mamadou Camara");
    }
}
