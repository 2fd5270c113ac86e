package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote whose head tells what a third person did to the one who speaks (« Il m'a dit : “…” ») is not that
 * person's, though the sentence before is about them: the last speaker tells it, unless the one the context gives
 * tells in the paragraph already; a call told the sentence before with a clitic object (« l'avait appelée ») gives
 * the words to the one called.
 */
class FirstPersonHeadTest {

    @Test
    void theManTheSentenceBeforeIsAboutDidNotSpeakWordsThatOpenWithWhatHeToldMe() {
        List<Quote> q = top("Martine Caradec a enseigné l'histoire à Yassine pendant deux ans. « Les élèves ont 16 ans. Ce n'est pas"
                + " à eux de porter ça », dit la professeure.\n\nElle l'a revu dans un café de la gare du Nord. Il lui a rapporté"
                + " un livre qu'il avait emprunté au CDI. « Il m'a dit : “Madame, je suis en retard pour le rendre.” J'ai ri. »",
                "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Martine Caradec");
    }

    @Test
    void aTellerOfTheParagraphKeepsHerQuote() {
        List<Quote> q = top("L'avocate générale, Hélène Corbière, a requis huit ans. « On ne quitte pas un navire, on en descend"
                + " quand il a coulé », a-t-elle lancé.\n\nLa mère de l'accusée, Fatiha Loukil, s'est avancée à la barre. Pendant"
                + " cinq ans, raconte-t-elle, elle a reçu des nouvelles par bribes. « Un jour, elle m'a dit : ‹ Maman, ici on"
                + " mange l'herbe avec le riz. › J'ai raccroché. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Fatiha Loukil");
    }

    @Test
    void theOneADaughterCalledTellsWhatSheSaid() {
        List<Quote> q = top("À Seraing, Josiane, 67 ans, a appris mardi que sa fille était dans l'avion. « J'attendais ce coup de"
                + " téléphone depuis quatre ans », confie la grand-mère.\n\nEn janvier, sa fille l'avait appelée depuis le camp."
                + " « Elle m'a dit : \"Maman, ici on fait la queue trois heures pour l'eau.\" Je ne savais pas quoi répondre. »",
                "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Josiane");
    }

    @Test
    void aCliticThatStandsForTheWordsMakesNoCall() {
        List<Quote> q = top("Karim Ouali connaît Nassim depuis la maternelle. « Je l'ai vu changer en trois mois », dit l'éducateur."
                + "\n\nCe que Nassim lui a confié, l'éducateur le raconte aujourd'hui aux adolescents. « Il m'a dit :"
                + " “J'étais venu pour être un héros.” Ça, les petits, ça les touche. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Ouali");
    }
}
