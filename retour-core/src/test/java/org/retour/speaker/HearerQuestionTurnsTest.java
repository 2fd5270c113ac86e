package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A question with no cue that asks its hearer about themselves, right after the last speaker's words, is put by
 * the one who asked them before, not by that speaker; the answer after a question put to the hearer is the one
 * asked's, past the asker's own cue.
 */
class HearerQuestionTurnsTest {

    @Test
    void secondPersonQuestionAfterTheAccusedsWordsIsTheJudgesAndTheReplyIsHis() {
        List<Quote> q = top("Le président, Marc Dufresne, l'interroge sur ses mois à Mossoul. « J'ai gardé un entrepôt "
                + "de farine. Rien d'autre », affirme Sélim Haddou.\n\n"
                + "« Et c'est là que vous avez décidé de partir ? » « Non. J'ai encore attendu un an. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marc Dufresne");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Sélim Haddou");
    }

    @Test
    void secondPersonQuestionWithNoAskerBeforeIsNotTheSpeakersOwn() {
        List<Quote> q = top("Élodie Marchand, 29 ans, raconte sa vie à Raqqa devant une classe de première. « On vivait "
                + "à six dans deux pièces », dit-elle. « Et vous n'avez jamais pensé à rester là-bas ? »", "fr");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test
    void questionThatAlsoSpeaksOfItsAskerStaysTheSpeakers() {
        List<Quote> q = top("Le président, Marc Dufresne, l'interroge sur ses mois à Mossoul. « J'ai gardé un entrepôt "
                + "de farine », affirme Sélim Haddou.\n\n"
                + "« Vous savez ce que j'ai vu là-bas ? » Il se tait un long moment.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sélim Haddou");
    }

    @Test
    void englishQuestionToTheHearerAfterTheDefendantsWordsIsTheJudges() {
        List<Quote> q = top("Judge Harriet Cole questioned him about the checkpoint. “I only drove the truck,” Omar "
                + "Siddiq said.\n\n“And you never thought of leaving?” “No. Not then.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Harriet Cole");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Omar Siddiq");
    }

    @Test
    void germanQuestionToTheHearerAfterTheSpeakersWordsIsTheAskers() {
        List<Quote> q = top("Die Lehrerin, Anke Brandt, fragte ihn nach dem Alltag in Rakka. „Wir hatten kaum Wasser“, "
                + "sagte Jonas Weber.\n\n„Und du wolltest nie zurück?“ „Doch. Aber ich hatte Angst.“", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anke Brandt");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Jonas Weber");
    }

    @Test
    void answerAfterAQuestionPutToTheHearerIsTheOneAskedsPastTheAskersCue() {
        List<Quote> q = top("Karim Aït, 27 ans, est entendu par la police. « J'étais cuisinier », déclare-t-il. "
                + "« Avez-vous vu des exécutions ? », lui demande une enquêtrice. « Non. J'en ai entendu parler. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNull(); // the investigator, unnamed
        assertThat(speaker(q.get(2)).name()).isEqualTo("Karim Aït");
    }

    @Test
    void englishAnswerAfterAQuestionPutToTheHearerIsTheOneAskeds() {
        List<Quote> q = top("Karim Ait, 27, was questioned by police in Erbil. “I was a cook,” he said. “Did you see "
                + "any executions?” an investigator asked him. “No. I only heard about them.”", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Karim Ait");
    }

    @Test
    void quoteOpeningWithAWordOfAnswerAfterAQuestionIsTheOneAskeds() {
        List<Quote> q = top("La procureure, Anne Vidal, l'interroge sur son départ. « Ce n'est pas la défaite », répond "
                + "Samir Dali. Elle insiste : « Alors pourquoi ? » « Parce qu'un ami a été exécuté devant moi. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anne Vidal");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Samir Dali");
    }

    @Test
    void englishQuoteOpeningWithBecauseAfterAQuestionIsTheOneAskeds() {
        List<Quote> q = top("“It was not the defeat,” Samir Dali told the prosecutor, Anne Vidal. She pressed him: "
                + "“Then why?” “Because a friend was shot in front of me.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anne Vidal");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Samir Dali");
    }

    @Test
    void germanQuoteOpeningWithWeilAfterAQuestionIsTheOneAskeds() {
        List<Quote> q = top("„Es war nicht die Niederlage“, sagte Samir Dali vor Gericht. Die Richterin, Anne Vogt, "
                + "fragte: „Warum dann?“ „Weil ein Freund vor meinen Augen erschossen wurde.“", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anne Vogt");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Samir Dali");
    }

    @Test
    void theAnswerAfterAShortQuestionTheJudgeAsksIsTheAccuseds() {
        List<Quote> q = top("Sofiane Boukhatem, 31 ans, comparaît libre. « Je suis parti pour ma fille », explique le "
                + "prévenu.\n\n« Et aujourd'hui ? », demande le président. « Aujourd'hui, je travaille dans le BTP. »", "fr");
        assertThat(speaker(q.get(1)).description()).isEqualTo("le président");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Sofiane Boukhatem");
    }

    @Test
    void aLongerQuestionWithoutAWordForTheHearerLeavesTheNextWordsToTheAsker() {
        List<Quote> q = top("Sofiane Boukhatem, 31 ans, comparaît libre. « Je suis parti pour ma fille », explique le "
                + "prévenu.\n\n« Qui, dans ce quartier, aurait pu prévoir un départ pareil ? », demande le président. "
                + "« Personne ne l'a vu venir. »", "fr");
        assertThat(speaker(q.get(2)).description()).isEqualTo("le président");
    }
}
