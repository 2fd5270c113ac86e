package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Questions and answers without cues take turns: the first question a verb of asking cues is put to the person
 * it asks, whose uncued answer follows; the next question that addresses someone is the asker's again.
 */
class QuestionTurnTest {

    @Test
    void theFirstQuestionIsPutToThePersonBeforeItAndTheNextQuestionIsTheJudgesAgain() {
        List<Quote> q = top("Le tribunal a jugé hier Anis Trabelsi, 27 ans, originaire de Gafsa.\n\n"
                + "Vêtu d’un survêtement, le jeune homme s’est présenté devant le juge Hichem Gharbi, qui présidait"
                + " l’audience. « Pourquoi êtes-vous parti ? », lui a demandé le magistrat.\n\n"
                + "« Je n’avais pas de travail. »\n\n"
                + "« Et là-bas, qu’avez-vous fait ? »\n\n"
                + "« J’ai gardé un dépôt. »", "fr");
        assertThat(q).extracting(x -> speaker(x).name())
                .containsExactly("Hichem Gharbi", "Anis Trabelsi", "Hichem Gharbi", "Anis Trabelsi");
    }

    @Test
    void anEnglishQuestionPutToHimGoesBackToTheParagraphBeforeForTheOneAsked() {
        List<Quote> q = top("Omar Haidari, 31, of Leeds, appeared before Judge Alan Moore on Monday.\n\n"
                + "“Why did you go?” the judge asked him.\n\n"
                + "“I had no work.”\n\n"
                + "“And what did you do there?”\n\n"
                + "“I guarded a depot.”", "en");
        assertThat(q).extracting(x -> speaker(x).name())
                .containsExactly("Alan Moore", "Omar Haidari", "Alan Moore", "Omar Haidari");
    }

    @Test
    void aQuestionRightAfterAnAnswerGivenByAReplyCueIsTheJudgesAndTheNextAnswerTheAccuseds() {
        List<Quote> q = top("La chambre a examiné hier le dossier d'Amel Ben Salah, 41 ans, rapatriée de Libye en 2020.\n\n"
                + "Le président de la chambre, le juge Mohamed Ali Trabelsi, a ouvert l'interrogatoire. « Saviez-vous ce"
                + " qu'était Daech quand vous êtes partie ? », a-t-il demandé.\n\n"
                + "« Je savais que mon mari y était. Je ne savais rien d'autre », a répondu la prévenue.\n\n"
                + "« Et quand il est mort, pourquoi être restée ? »\n\n"
                + "« Parce qu'une veuve n'a pas le droit de sortir seule. »", "fr");
        assertThat(q).extracting(x -> speaker(x).name()).containsExactly("Mohamed Ali Trabelsi", "Amel Ben Salah",
                "Mohamed Ali Trabelsi", "Amel Ben Salah");
    }

    @Test
    void anUncuedQuestionAfterAStatementThatAnsweredNothingContinuesItsSpeaker() {
        List<Quote> q = top("« Je suis parti pour défendre les Syriens », explique Mehdi Boukhari.\n\n"
                + "« Qu’auriez-vous fait à ma place ? »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Boukhari");
    }
}
