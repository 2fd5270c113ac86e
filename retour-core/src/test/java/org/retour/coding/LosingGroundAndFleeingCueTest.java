package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 15's cues for towns given up one after another, the group melting away, retreating from town to town,
 * the enemy advancing and the territory shrinking to its last pocket (N6), and for what befalls those who try to leave, those killed for wanting to flee, those
 * caught at a checkpoint or sold to the group's police, leaving in a coffin and leaving as certain death (N7), each
 * beside a look-alike that is not coded.
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

    @Test
    void theEnemyAdvancingIsLosingGround() {
        assertThat(codes("Quand les brigades de Misrata ont commencé à avancer, l'ambiance a changé.", "fr")).contains("N6");
        assertThat(codes("Notre katiba avançait vers le village à l'aube.", "fr")).doesNotContain("N6");
        assertThat(codes("As the Kurds advanced, the emirs left first.", "en")).contains("N6");
        assertThat(codes("عندما تقدمت القوات العراقية هرب الأمراء.", "ar")).contains("N6");
    }

    @Test
    void beingSoldToTheGroupsPoliceOrLeavingInACoffinIsTheFateOfDeserters() {
        assertThat(codes("He took my 2,000 dollars and drove me straight to the hisba.", "en")).contains("N7");
        assertThat(codes("They sold vegetables to the hisba officers.", "en")).doesNotContain("N7");
        assertThat(codes("Le passeur m'a livré à la police islamique.", "fr")).contains("N7");
        assertThat(codes("فالمهربون أنفسهم كانوا يبيعون الفارين للأمنيين.", "ar")).contains("N7");
        assertThat(codes("L'émir m'a dit : tu partiras dans un cercueil.", "fr")).contains("N7");
        assertThat(codes("The only way out is in a coffin.", "en")).contains("N7");
        assertThat(codes("Mon grand-père a été enterré dans un cercueil blanc.", "fr")).doesNotContain("N7");
    }

    @Test
    void leavingAsCertainDeathIsTheFateOfDeserters() {
        assertThat(codes("Quitter l'organisation, c'était la mort assurée.", "fr")).contains("N7");
        assertThat(codes("Partir de Lyon, c'était la mort dans l'âme.", "fr")).doesNotContain("N7");
        assertThat(codes("J'avais peur de me faire tuer en partant.", "fr")).contains("N7");
        assertThat(codes("Leaving meant certain death.", "en")).contains("N7");
        assertThat(codes("Leaving my mother was the hardest thing I ever did.", "en")).doesNotContain("N7");
        assertThat(codes("Wer abhauen wollte, war ein toter Mann.", "de")).contains("N7");
        assertThat(codes("الخروج من المدينة كان يعني الموت.", "ar")).contains("N7");
        assertThat(codes("الخروج إلى السوق كان متعبا.", "ar")).doesNotContain("N7");
    }

    @Test
    void fleersJailedOrExecutedAreDesertersNotOtherVictims() {
        assertThat(codes("الفارون كانوا يسجنون أو يعدمون.", "ar")).contains("N7").doesNotContain("N2");
        assertThat(codes("كنت أخاف أن يقتلوني إذا حاولت الهرب.", "ar")).contains("N7");
    }

    @Test
    void aTerritoryShrinkingToItsLastPocketIsLosingGround() {
        assertThat(codes("Le territoire se réduisait.", "fr")).contains("N6");
        assertThat(codes("Il ne restait plus que Baghouz.", "fr")).contains("N6");
        assertThat(codes("Il ne restait plus que quelques semaines de vivres.", "fr")).doesNotContain("N6");
        assertThat(codes("There was nothing left of the state.", "en")).contains("N6");
        assertThat(codes("There was nothing left of my savings.", "en")).doesNotContain("N6");
        assertThat(codes("Am Ende blieb nur noch Baghus.", "de")).contains("N6");
        assertThat(codes("Es blieben nur noch ein paar Tage bis zur Hochzeit.", "de")).doesNotContain("N6");
        assertThat(codes("لم يبق إلا الباغوز.", "ar")).contains("N6");
    }
}
