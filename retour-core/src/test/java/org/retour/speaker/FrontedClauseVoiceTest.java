package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A returnee on trial is not given an official's voice by the officials of the sentences around his name: the
 * judge he turns to ("Turning to the judge, Osman"), the one in a clause of time before him ("When the judge
 * looked at him, Osman"), the judge a witness told that he did something ("told the judge that Ms Kelly …").
 */
class FrontedClauseVoiceTest {

    private static final String OSMAN = "Malik Osman, 29, came back from Syria in 2019 and is on trial in Leeds.\n\n";
    private static final String BELKACEM = "Sofiane Belkacem, 31 ans, est rentré de Syrie en 2019. Il est jugé depuis "
            + "lundi à Paris.\n\n";

    private static void returnee(List<Quote> q, String name) {
        assertThat(speaker(q.get(0)).name()).isEqualTo(name);
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void theJudgeAReturneeTurnsToGivesHimNoOffice() {
        returnee(top(OSMAN + "Turning to the judge, Osman said: \"I saw men whipped in the square for smoking.\"", "en"),
                "Malik Osman");
        returnee(top(BELKACEM + "Se tournant vers la présidente, Sofiane Belkacem a ajouté : « J'ai vu l'émir frapper "
                + "des frères. »", "fr"), "Sofiane Belkacem");
    }

    @Test
    void theJudgeInAClauseOfTimeBeforeAReturneeGivesHimNoOffice() {
        returnee(top(OSMAN + "When the judge looked at him, Osman said: \"I was afraid of the emir.\"", "en"),
                "Malik Osman");
        returnee(top(BELKACEM + "Lorsque la présidente l'a regardé, Belkacem a répondu : « J'ai vu l'émir frapper des "
                + "frères. »", "fr"), "Sofiane Belkacem");
    }

    @Test
    void theJudgeAWitnessToldGivesTheSubjectOfTheReportedClauseNoOffice() {
        returnee(top("Nora Kelly, 35, was repatriated from a camp in Syria last year and is on trial in Dublin.\n\n"
                + "A detective told the judge on Monday that Ms Kelly had described her life there as \"waiting, only "
                + "waiting\" to the police officers who interviewed her.", "en"), "Nora Kelly");
    }

    @Test
    void aPostRightBeforeANameStillGivesTheVoice() {
        List<Quote> q = top(OSMAN + "When the hearing resumed, prosecutor Dana Whitlock said: \"He chose to stay for "
                + "three years.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dana Whitlock");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
    }
}
