package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * In a hearing, questions and answers alternate: a reply cue goes to the one who was asked, not to the
 * asker; an uncued quote right after a question put to someone is the answer of the one asked.
 */
class CourtExchangeSpeakerTest {

    @Test
    void aReplyCueAfterTheJudgesQuestionGoesToTheDefendant() {
        List<Quote> q = top("« Je ne suis pas parti à cause de la violence », raconte Karim Benyahia.\n\n"
                + "Le président, Thierry Delorme, l'interroge sur le quotidien. « Les Syriens touchaient leur solde,"
                + " nous, on attendait », répond-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benyahia");
    }

    @Test
    void anEnglishReplyCueSkipsTheProsecutorWhoAsked() {
        List<Quote> q = top("“I left because of the bombing,” said Adam Price.\n\n"
                + "The prosecutor, Derek Foley, asked him about the salaries. “We were never paid,” he replied.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Price");
    }

    @Test
    void aReplyToWhatAJudgeToldTheDefendantIsTheDefendants() {
        List<Quote> en = top("Judge Mark Evans told Ali Khan he had betrayed his country. \"I know,\" he replied.", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Ali Khan");
        List<Quote> fr = top("La présidente, Anne Morel, reproche à Karim Benali d'avoir menti. « Je le sais », répond-il.", "fr");
        assertThat(speaker(fr.get(0)).name()).isEqualTo("Karim Benali");
        List<Quote> said = top("Judge Mark Evans told Ali Khan he had betrayed his country. \"It is over,\" he said.", "en");
        assertThat(speaker(said.get(0)).name()).isEqualTo("Mark Evans");
    }

    @Test
    void aPlainPronounCueStillGoesToTheParagraphsSubject() {
        List<Quote> q = top("« Je ne suis pas parti à cause de la violence », raconte Karim Benyahia.\n\n"
                + "Le président, Thierry Delorme, a pris la parole. « Le tribunal vous écoute », dit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Thierry Delorme");
    }

    @Test
    void theAnswerToAQuestionPutToTheDefendantIsHis() {
        List<Quote> q = top("« Je suis parti pour défendre les Syriens », explique Mehdi Boukhari.\n\n"
                + "« Et les exécutions, vous les avez vues ? », l'interroge la présidente, Anne Verstraeten.\n\n"
                + "« Oui. On nous obligeait à regarder. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anne Verstraeten");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Mehdi Boukhari");
    }

    @Test
    void aSpeakersOwnRhetoricalQuestionIsNotPutToAnyone() {
        List<Quote> q = top("« Je suis parti pour défendre les Syriens », explique Mehdi Boukhari.\n\n"
                + "« Pourquoi suis-je resté si longtemps ? », s'interroge la présidente, Anne Verstraeten.\n\n"
                + "« La peur, sans doute. »", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Anne Verstraeten");
    }

    @Test
    void aNameInAppositionToAPrepositionsComplementIsNotTheSubject() {
        List<Quote> q = top("Le procès de Mehdi Boukhari s'est ouvert mercredi.\n\n"
                + "Debout face à la présidente, Anne Verstraeten, le prévenu a parlé de son départ. « Je suis parti"
                + " pour défendre les Syriens. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Boukhari");
    }

    @Test
    void theJudgeIsTheNamedJudgeEvenPastANearerProsecutor() {
        String filler = " The hearing went on for most of the afternoon, with long readings from the case file and"
                + " from the messages sent home during the years in Syria.";
        List<Quote> q = top("\"I am done with them,\" Jamal Sayegh told U.S. District Judge Margaret Ellison."
                + filler.repeat(8) + "\n\nProsecutors were unmoved. \"That is not remorse,\" Assistant U.S. Attorney"
                + " Derek Foley wrote in a memo.\n\nDefense attorney Natalie Cruz said her client had cooperated."
                + " \"He told the truth,\" Cruz told reporters outside the courthouse.\n\n"
                + "The judge said she had weighed his cooperation. \"You had many chances to leave,\" she said.", "en");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Margaret Ellison");
    }

    @Test
    void anArabicDescriptionBeforeAnArabicCommaAndANameIsThatPerson() {
        List<Quote> q = top("وقال المتهم، يزن العبادي، أمام هيئة المحكمة إنه ذهب إلى الرقة \"للدفاع عن المستضعفين\"، لكنه"
                + " وجد \"دولة تقتل الناس على الشبهة\".", "ar");
        assertThat(speaker(q.get(1)).name()).isEqualTo("يزن العبادي");
    }
    @Test
    void anUncuedQuoteAfterAParagraphWhereTheJudgeAsksIsTheDefendantsAnswer() {
        List<Quote> q = top("“I joined willingly. I did not stay willingly,” Omar Haidari replied.\n\n"
                + "The judge, Justice Alan Moore, asked why he had not left earlier.\n\n"
                + "“Because they shot people who tried.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Haidari");
    }

    @Test
    void anUncuedQuoteAfterAParagraphWithoutQuestionStaysWithThatParagraphsSubject() {
        List<Quote> q = top("“I joined willingly. I did not stay willingly,” Omar Haidari replied.\n\n"
                + "The judge, Justice Alan Moore, looked at the jury.\n\n"
                + "“This court has heard enough.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Alan Moore");
    }
    @Test
    void anUncuedQuoteAfterAQuestionIntroducedByTheJudgesNameAndAColonIsTheDefendantsAnswer() {
        List<Quote> q = top("« On nous avait promis une vie juste », a déclaré Paul Renucci.\n\n"
                + "Le président, Olivier Marchand : « Pourquoi ne pas être parti plus tôt ? »\n\n"
                + "« Parce que partir, c'était mourir. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Olivier Marchand");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Paul Renucci");
    }

    @Test
    void anUncuedQuoteAfterAStatementIntroducedByAColonContinuesItsSpeaker() {
        List<Quote> q = top("« On nous avait promis une vie juste », a déclaré Paul Renucci.\n\n"
                + "Le président, Olivier Marchand : « La cour a lu votre dossier. »\n\n"
                + "« Il compte quatre cents pages. »", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Olivier Marchand");
    }
}
