package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * Words a speaker reports inside their own quote after a cue of a third-person pronoun ("She told me, ‘…’",
 * "« Il me disait : “…” »", « Elle me demandait toujours : "…" ») are those of the person of that gender the paragraph
 * names before them.
 */
class ReportedWordsSpeakerTest {

    @Test
    void thePronounOfTheReportingCueIsThePersonNamedBeforeInTheParagraph() {
        Analysis a = TestPipelines.analyze("Helen Brooks, a youth worker in Leeds, has known the family for years.\n\n"
                + "She said that Nadia had refused any help when she came back. \"She told me, 'I don't want a"
                + " counsellor, I want my old job back,'\" Brooks said.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Helen Brooks");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Nadia");
    }

    @Test
    void unPronomSujetAvantUnObjetRenvoieALaPersonneNommeeDansLeParagraphe() {
        Analysis a = TestPipelines.analyze("Le procès s'est ouvert lundi à Paris.\n\n"
                + "Son fils Mehdi lui téléphonait depuis Raqqa. « Il me disait : “Je veux rentrer à la maison” »,"
                + " a raconté Sabine Morel.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Sabine Morel");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Mehdi");
    }

    @Test
    void anUnnamedPersonOfThePronounsGenderKeepsTheWordsUnattributed() {
        Analysis a = TestPipelines.analyze("Amira Saleh, 30, tried to escape twice.\n\n"
                + "The second time, a woman from the morality police stopped her. \"She said to me, 'If you try"
                + " again, we take the boys,'\" Saleh said.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Amira Saleh");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner) == null || speaker(inner).name() == null).isTrue();
    }

    @Test
    void unMessageAUneMereApresIlMeDisaitEstDuFilsQuiLEnvoie() {
        Analysis a = TestPipelines.analyze("Le prévenu, Samir Khelifi, 27 ans, comparaît depuis lundi devant la cour.\n\n"
                + "Pour l'avocat général, Thomas Kessler, ces explications « ne tiennent pas », a-t-il estimé.\n\n"
                + "Sa mère, Nadia Khelifi, a témoigné à la barre. « Il m'appelait le soir. Il me disait : “Maman, je"
                + " veux revenir à la maison” », a-t-elle raconté.", "fr");
        Quote outer = topLevel(a).get(1);
        assertThat(speaker(outer).name()).isEqualTo("Nadia Khelifi");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Samir Khelifi");
    }

    @Test
    void unHommeNonNommeDuParagrapheGardeSesParolesSansNom() {
        Analysis a = TestPipelines.analyze("Karim Dewulf, 31 ans, est jugé pour association de malfaiteurs.\n\n"
                + "Il raconte ce qu'un émir lui a répondu quand il a voulu rentrer : « Il m'a dit : “Papa, c'est"
                + " l'Etat islamique maintenant.” »", "fr");
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner) == null || speaker(inner).name() == null).isTrue();
    }

    @Test
    void unAdverbeDHabitudeEntreLeVerbeEtLesParolesLaisseParlerLeSujet() {
        Analysis a = TestPipelines.analyze("Nawel Bensaïd est jugée depuis lundi. Sa sœur Yasmine Bensaïd, 31 ans, témoigne"
                + " l'après-midi. « Elle me demandait toujours : \"Est-ce que la chambre est toujours à nous ?\" Elle"
                + " voulait savoir si on l'attendait », raconte-t-elle.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Yasmine Bensaïd");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Nawel Bensaïd");
    }
}
