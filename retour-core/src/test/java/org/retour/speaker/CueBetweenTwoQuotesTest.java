package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An inverted cue right after a quote that goes on to a colon and a second quote speaks for both (« « … », dit le
 * sexagénaire, qui … : « … » »), unless the first quote asks a question the second answers, or closes its sentence.
 */
class CueBetweenTwoQuotesTest {

    @Test
    void anInvertedCueWhoseClauseEndsWithAColonSpeaksForTheQuoteBeforeItToo() {
        List<Quote> q = top("Sa mère n'était pas présente. Son père, Jean-Daniel Berthet, nous a rejoints. « Il a payé."
                + " Maintenant il faut le laisser travailler », dit le sexagénaire, qui ne cherche pas d'excuse à son fils :"
                + " « Il est parti tout seul, avec mon sac. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jean-Daniel Berthet");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jean-Daniel Berthet");
    }

    @Test
    void aQuestionsAnswerAfterTheColonKeepsItsOwnSpeaker() {
        List<Quote> q = top("ووفقاً للائحة الاتهام، فإن المتهم، ويدعى حمزة الزعبي (29 عاماً) من مدينة الرمثا، غادر المملكة عام 2014 متجهاً إلى الأراضي السورية عبر تركيا، والتحق بتنظيم داعش الإرهابي، حيث \"تلقى دورة شرعية وعسكرية وشارك في أعمال الحراسة والرباط في ريف دير الزور\".\n\n"
                + "وسأل ممثل النيابة العامة، المدعي العام العسكري المقدم خالد الرواشدة، المتهم: \"ألم تعد لأن التنظيم انهار ولم يبق لك مكان تذهب إليه؟\"، فأجاب الزعبي: \"لا، أنا قررت الهرب قبل ذلك بكثير، لكن لم يكن هناك طريق\".", "ar");
        assertThat(speaker(q.get(1)).name()).contains("الرواشدة");
        assertThat(speaker(q.get(2)).name()).contains("الزعبي");
    }

    @Test
    void aPersonsNounAfterAPrepositionIsNoVerbOfSpeech() {
        List<Quote> q = top("Invité à s'exprimer en dernier, le trentenaire a présenté des excuses au tribunal. Il a expliqué"
                + " ne pas avoir osé demander l'autorisation au juge d'instruction : « J'avais peur qu'on me dise non. »", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("le trentenaire");
    }

    @Test
    void theVerbOfTheSameFormStillCuesAfterItsSubjectPronoun() {
        List<Quote> q = top("Le procureur, Pierre Martin, a pris la parole. Il juge que l'accusé « n'a jamais rompu ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Pierre Martin");
    }
}
