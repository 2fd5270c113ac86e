package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Where a dateline puts a former member: on the group's ground he left it without coming back from abroad,
 * elsewhere he is back home unless the article speaks more of flight.
 */
class GroundDatelineVoiceTest {

    private static final String STORY = " Ahmed Jassim joined the group when it took his neighbourhood, served"
            + " 18 months in detention and came home to his family after his trial.\n\n\"The emirs took the best"
            + " houses and we were sent to the front,\" Ahmed Jassim said.";

    @Test
    void localFormerMemberUnderAnIraqiDatelineIsADefector() {
        List<Quote> q = top("MOSUL, Iraq (Reuters) -" + STORY, "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmed Jassim");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void theSameStoryUnderAHomeDatelineIsAReturnee() {
        List<Quote> q = top("LONDON (Reuters) -" + STORY, "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aGroundPlaceLaterInTheFirstSentenceIsNoDateline() {
        List<Quote> q = top("He spent two years in Mosul, Iraq, and then -" + STORY, "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void anArabicDatelineOnTheGroundCountsAsWell() {
        List<Quote> q = top("الأنبار (العراق) - قال أبو عمر، الذي انضم إلى التنظيم في مدينته ثم انشق عنه وعاد إلى عشيرته"
                + " بعد المحاكمة: «كان الأمير يأخذ الرواتب ونحن نحرس الحواجز».", "ar");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void aFormerMemberMetUnderAHomeDatelineWithNothingSaidOfFlightIsBackHome() {
        String story = " Walid Trabelsi spent two years in Raqqa. Today he sells vegetables at the market.\n\n"
                + "\"The emir took our salaries and gave us nothing,\" Walid Trabelsi said.";
        assertThat(speaker(top("TUNIS: " + story, "en").get(0)).voice()).isEqualTo(Voice.RETURNEE);
        assertThat(speaker(top(story.strip(), "en").get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void aFormerMemberOfARegionalBranchIsADefectorWithoutADateline() {
        String story = "Moussa Abdou a quitté le groupe en 2019 et il est rentré dans son village, où il suit"
                + " aujourd'hui une formation.\n\n« Les chefs avaient des motos et nous, rien », raconte Moussa Abdou.";
        assertThat(speaker(top("Au Niger, d'anciens combattants d'Iswap reviennent à la vie civile. " + story, "fr")
                .get(0)).voice()).isEqualTo(Voice.DEFECTOR);
        assertThat(speaker(top("En France, d'anciens combattants reviennent à la vie civile. " + story, "fr")
                .get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
