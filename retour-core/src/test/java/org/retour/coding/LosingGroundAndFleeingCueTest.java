package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 15's cues for towns given up one after another, the group melting away and retreating from town to town
 * (N6), and for what befalls those who try to leave, those killed for wanting to flee and those caught at a
 * checkpoint (N7), each beside a look-alike that is not coded.
 */
class LosingGroundAndFleeingCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void townsGivenUpOneAfterAnotherAreLosingGround() {
        assertThat(codes("À la fin, on rendait les villes une par une.", "fr")).contains("N6");
        assertThat(codes("On visitait les villages un par un pour prêcher.", "fr")).doesNotContain("N6");
        assertThat(codes("Every few days another town fell.", "en")).contains("N6");
        assertThat(codes("Town after town fell and nobody spoke of victory.", "en")).contains("N6");
        assertThat(codes("We drove to another town to buy bread.", "en")).doesNotContain("N6");
    }

    @Test
    void aStateMeltingAwayOrRetreatingFromTownToTownIsLosingGround() {
        assertThat(codes("À la fin, tout fondait comme neige au soleil.", "fr")).contains("N6");
        assertThat(codes("La neige fondait au soleil sur les toits.", "fr")).doesNotContain("N6");
        assertThat(codes("كنا نتراجع من مدينة إلى أخرى.", "ar")).contains("N6");
        assertThat(codes("كنا ننتقل من مدينة إلى أخرى بحثا عن عمل.", "ar")).doesNotContain("N6");
    }

    @Test
    void whatBefallsThoseWhoTryToLeaveIsTheFateOfDeserters() {
        assertThat(codes("Everybody knew what happened to people who tried to get out.", "en")).contains("N7");
        assertThat(codes("I don't know what happened to my brother who lived in Mosul.", "en")).doesNotContain("N7");
        assertThat(codes("Jeder wusste, was mit denen passiert, die fliehen wollen.", "de")).contains("N7");
        assertThat(codes("Ich weiß nicht, was mit denen passiert ist, die in Rakka geblieben sind.", "de")).doesNotContain("N7");
        assertThat(codes("Sie haben jeden erschossen, der gehen wollte.", "de")).contains("N7");
        assertThat(codes("Er wurde verhaftet, die Polizei wollte ihn befragen.", "de")).doesNotContain("N7");
    }

    @Test
    void beingCaughtAtACheckpointIsTheFateOfDeserters() {
        assertThat(codes("Eine Nachbarin sei mit ihren Kindern an einem Kontrollpunkt gefasst worden.", "de")).contains("N7");
        assertThat(codes("Am Kontrollpunkt zeigten wir unsere Pässe.", "de")).doesNotContain("N7");
        assertThat(codes("ابن عمي حاول قبلي، فأمسكوه عند حاجز في تلعفر.", "ar")).contains("N7");
        assertThat(codes("مررنا عند حاجز في تلعفر دون مشاكل.", "ar")).doesNotContain("N7");
    }
}
