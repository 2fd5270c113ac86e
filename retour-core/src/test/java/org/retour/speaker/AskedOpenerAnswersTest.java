package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A participle of asking that opens a sentence ("Asked what he would tell his family, X paused.") was put to the
 * sentence's subject: a quote that opens the next paragraph is that person's answer, not the words of whoever
 * spoke before, and a pronoun inside the opening phrase is no subject of the sentence.
 */
class AskedOpenerAnswersTest {

    @Test
    void theOneAskedAnswersAfterAPause() {
        List<Quote> q = top("Tomas Berg, 34, went to Syria in 2015.\n\n\"Most of them say they were drivers,\" said Ana"
                + " Ruiz, a prison official.\n\nAsked what he would tell his family, Mr Berg paused for a long time.\n\n"
                + "\"That I am sorry.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tomas Berg");
    }

    @Test
    void theOneAskedAnswersAfterLookingAway() {
        List<Quote> q = top("Hana Akhtar came back to Leeds in 2020.\n\n\"We assess every case,\" said Paul Grant, a"
                + " police officer.\n\nAsked whether she missed Raqqa, Ms Akhtar looked out of the window.\n\n"
                + "\"Not one day.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hana Akhtar");
    }

    @Test
    void aFrenchOpeningParticipleOfAskingLeavesTheSubjectToAnswer() {
        List<Quote> q = top("Karim Haddad, 31 ans, est rentré de Syrie en 2019.\n\n« Ils disent tous qu’ils étaient"
                + " cuisiniers », dit Hélène Marchand, une magistrate.\n\nInterrogé sur ce qu’il dirait à sa mère, Karim"
                + " Haddad se tait longtemps.\n\n« Que je suis vivant. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void theAgentOfAnAskedOpenerIsNotTheSubjectWhoseWordsFollow() {
        List<Quote> q = top("Tariq Mahmood, 29, died in 2019. His brother Sajid Mahmood gave evidence at the inquest.\n\n"
                + "Asked by assistant coroner Richard Atherton why Tariq had decided to leave, Mr Mahmood said it was"
                + " their mother.\n\n“She had her first stroke in the January. I sent him a voice note.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sajid Mahmood");
    }
}
