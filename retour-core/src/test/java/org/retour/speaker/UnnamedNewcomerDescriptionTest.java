package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that says nothing of who but an age ("the 25-year-old") right after a sentence that an
 * unnamed former fighter opens ("Another defector, who asked not to be named, said …") stands for that
 * newcomer, not for the person named earlier; a role noun ("the defendant") still takes up the named person.
 */
class UnnamedNewcomerDescriptionTest {

    @Test
    void anAgeAfterAnUnnamedDefectorOpensTheSentenceBeforeIsTheDefector() {
        List<Quote> q = top("Omar Saleh fled Raqqa in 2017. Another defector, who asked not to be named, said conditions"
                + " had worsened by then. \"There was no food,\" the 25-year-old said.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void anAgeWithoutANewcomerBeforeItIsTheNamedProtagonist() {
        List<Quote> q = top("Omar Saleh fled Raqqa in 2017. He said conditions had worsened by then. \"There was no food,\""
                + " the 25-year-old said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Saleh");
    }

    @Test
    void theDefendantAfterAnUnnamedFormerFighterIsStillTheNamedDefendant() {
        List<Quote> q = top("Omar Saleh, 31, is on trial in London. A former fighter who testified anonymously described"
                + " him as a commander. \"I never gave orders,\" the defendant said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Saleh");
    }

    @Test
    void kinThatAPossessiveOpensIsNoNewcomerSoTheYoungWomanIsTheNamedReturnee() {
        List<Quote> q = top("Sarah, 28 ans, est rentrée de Syrie en 2022. Sa mère l'attendait à l'aéroport. « Je ne pensais"
                + " pas la revoir », raconte la jeune femme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah");
    }
}
