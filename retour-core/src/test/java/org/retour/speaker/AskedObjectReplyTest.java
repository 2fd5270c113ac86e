package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An object pronoun before a verb of asking names the one asked, who answers the reply cue after it. */
class AskedObjectReplyTest {

    @Test
    void theOneNamedBeforeTheAskerWithLuiAnswersTheReplyCue() {
        List<Quote> q = top("Mardi, Nadia Berrada a levé les yeux quand la juge, Claire Fontaine, lui a demandé "
                + "pourquoi elle avait attendu deux ans.\n\n"
                + "« J'avais peur pour mes enfants », répond-elle à voix basse.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Berrada");
    }

    @Test
    void lInterrogeInTheSentenceBeforeGivesTheReplyToTheManNamedBeforeTheAsker() {
        List<Quote> q = top("Yassine Merabet se tient droit dans le box. Le président, Marc Olivier, l'interroge sur "
                + "son départ. « Je voulais aider les civils », répond-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassine Merabet");
    }

    @Test
    void aQuoteWithNoCueAfterLaRelanceeIsTheAnswerOfTheOneAskedNotTheAsker() {
        List<Quote> q = top("La porte-parole du ministère, Sandrine Morel, a présenté le bilan. "
                + "Un journaliste l'a relancée sur le sort des enfants restés en Syrie. "
                + "« Nous ne laissons aucun enfant de côté. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sandrine Morel");
    }

    @Test
    void anElidedSiAfterTheVerbOfAskingIsNoReflexiveAndTheOneAskedAnswers() {
        List<Quote> q = top("Le procès de Rachid Amrani s'est ouvert lundi à Paris.\n\n"
                + "L'accusé baisse la tête. « J'étais perdu », dit-il aux juges.\n\n"
                + "La présidente lui demande s'il regrette son départ. « Chaque jour. Je pense à ma mère. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Rachid Amrani");
    }

    @Test
    void aNarratingCueAfterAnAnswerGoesToTheOneAskedInTheParagraphBeforeNotToTheAsker() {
        List<Quote> q = top("Nadia Berrada, 34 ans, comparaissait lundi à Lyon. La prévenue parle peu.\n\n"
                + "La juge, Claire Fontaine, l'interroge sur son frère. « Il a voulu partir. Ils l'ont arrêté », "
                + "raconte-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Berrada");
    }

    @Test
    void aQuestionCuedByThePronounAfterTheAskingStaysTheAskers() {
        List<Quote> q = top("Nadia Berrada, 34 ans, comparaissait lundi à Lyon. La prévenue parle peu.\n\n"
                + "La juge, Claire Fontaine, l'interroge sur son frère. « Pourquoi ne pas l'avoir dit ? », "
                + "insiste-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Fontaine");
    }
}
