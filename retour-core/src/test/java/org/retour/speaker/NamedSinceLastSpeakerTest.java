package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue goes to the one person its paragraph names after the last speaker's words, not to that earlier speaker;
 * someone beside them as a preposition's complement (« en présence d'un gardien ») does not stand in their way.
 */
class NamedSinceLastSpeakerTest {

    @Test
    void laPersonneNommeeDansLeParagraphePrendLaParoleAuPronom() {
        List<Quote> q = top("« Nous ne commentons pas les dossiers en cours », a indiqué une porte-parole de la préfecture.\n"
                + "À l'association Rebonds, à Lille, on refuse d'évoquer M. Leroy, mais l'éducatrice Amandine Petit accepte"
                + " de décrire le parcours type. « Ils reviennent épuisés, rarement repentis », explique-t-elle.", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amandine Petit");
    }

    @Test
    void theGuardBesideTheNewcomerDoesNotHandThePronounBackToTheEarlierSpeaker() {
        List<Quote> q = top("L'imam Ali Diallo préside la séance. « Nous sommes venus écouter », a-t-il expliqué.\n\n"
                + "Parmi les détenus, Oumar, 29 ans, est rentré de Syrie en 2017. Il a accepté de nous parler au parloir,"
                + " en présence d'un gardien.\n\n"
                + "« Là-bas, on nous traitait comme des esclaves », dit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Oumar");
    }

    @Test
    void aMotherBesideTheNewcomerStillTakesHerOwnPronoun() {
        List<Quote> q = top("L'imam Ali Diallo préside la séance. « Nous sommes venus écouter », a-t-il expliqué.\n\n"
                + "Parmi les détenus, Oumar, 29 ans, est rentré de Syrie en 2017. Il a accepté de nous parler au parloir,"
                + " en présence de sa mère.\n\n"
                + "« Il n'a jamais été violent », dit-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("mère");
    }
}
