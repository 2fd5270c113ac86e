package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Le premier », « la seconde », "the former" next to a speech cue speak for one of the two persons just named. */
class PairOrdinalSpeakerTest {

    @Test
    void lePremierAfterTheCueIsTheManNamedFirstAndLeSecondBeforeItTheOther() {
        List<Quote> q = top("Le débat réunissait Karim Ouali, revenu de Syrie en 2019, et Marc Dumont, éducateur à Liège.\n\n"
                + "« Il faut du temps pour se défaire de tout cela », a expliqué le premier. "
                + "Le second a ajouté : « Et il faut quelqu'un pour attendre. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Ouali");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marc Dumont");
    }

    @Test
    void laPremiereSkipsAManNamedBetween() {
        List<Quote> q = top("Sonia Lefèvre et Amina Diallo ont rédigé le rapport. Le ministre Paul Garnier les a reçues.\n\n"
                + "« Nous avons entendu quarante familles », a précisé la première.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sonia Lefèvre");
    }

    @Test
    void lePremierMinistreIsATitleNotARank() {
        List<Quote> q = top("Karim Ouali et Marc Dumont ont témoigné devant la commission.\n\n"
                + "« Nous ne rapatrierons personne », a déclaré le premier ministre.", "fr");
        assertThat(speaker(q.get(0)) == null || !"Karim Ouali".equals(speaker(q.get(0)).name())).isTrue();
    }

    @Test
    void lePremierOfAJoinedPairOfAManAndAWomanIsTheManNamedFirstNotAManNamedBefore() {
        List<Quote> q = top("La juge a interrogé Sofiane K. sur son rôle à Raqqa.\n\n"
                + "Ses avocats, Me Paul Dubois et Me Claire Martin, plaident l'acquittement. "
                + "« Il a été manipulé », estime le premier. « Il n'a jamais porté d'arme », renchérit la seconde.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Dubois");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Martin");
    }

    @Test
    void theFormerOfAJoinedPairIsTheOneNamedFirst() {
        List<Quote> q = top("Amira Haddad and her lawyer, Tom Reilly, left the court together.\n\n"
                + "\"I only want my children back,\" the former said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amira Haddad");
    }
}
