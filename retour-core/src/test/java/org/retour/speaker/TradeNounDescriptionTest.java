package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that names a lawyer's trade in other words ("le pénaliste", "the counsel") takes up
 * the lawyer named before it, not the client who spoke last.
 */
class TradeNounDescriptionTest {

    @Test
    void lePenalisteIsTheDefenceLawyerNamedBefore() {
        List<Quote> q = top("« J'ai choisi de rentrer », a déclaré Julien Orsini.\n\n"
                + "L'avocat de la défense, Me Pierre-Paul Santoni, a répondu que son client s'était rendu."
                + " « Il a choisi de revenir. Cela compte », a plaidé le pénaliste.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Pierre-Paul Santoni");
    }

    @Test
    void theCounselIsTheDefenceLawyerNamedBefore() {
        List<Quote> q = top("“I did not stay willingly,” Omar Haidari said.\n\n"
                + "The defence lawyer, Mr Ahamed Nizam, told reporters that his client had handed himself over."
                + " “He came back on his own,” the counsel said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ahamed Nizam");
    }

    @Test
    void lEdileIsTheMayorNamedBeforeAndAnOfficial() {
        List<Quote> q = top("« Nous voterons pour », a dit Sandrine Morel.\n\n"
                + "La séance a semblé troubler le maire, Pascal Meyrieux. Le premier magistrat a rappelé les départs."
                + " « Trois sont morts », a déclaré l'édile.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Pascal Meyrieux");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(org.retour.model.Voice.OFFICIAL);
    }

    @Test
    void aTradeFamilyLineNeedsThreeFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inflection.families(List.of("fr pénaliste")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Inflection.families(List.of("en counsel lawyer"))).containsEntry("en counsel", List.of("lawyer"));
    }

    @Test
    void lAvocateIsTheDefenceLawyerNamedAfterTheAdvocateGeneral() {
        List<Quote> q = top("Pour l'avocate générale, Anne-Sophie Morel, l'accusée savait ce qu'elle faisait."
                + " « Le regret n'efface rien », a-t-elle lancé.\n\n"
                + "La défense, assurée par Me Julie Ferrand, a dépeint une femme sous emprise."
                + " « Ma cliente a été une victime », a plaidé l'avocate.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Julie Ferrand");
    }
}
