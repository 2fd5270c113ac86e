package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cue families of the codebook's version 27: thinking of a family member, a counterfactual "should have"
 * that tells what nobody did, hanging by the arms with its object between verb and "by", men lined up against a
 * wall, and killing a person for a petty offence told with a bare infinitive; each beside a look-alike that is
 * not coded.
 */
class KinThoughtAndWallExecutionCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void thinkingOfAFamilyMemberIsHomeAndFamily() {
        assertThat(codes("Le soir, je pensais à ma petite sœur restée à Lyon.", "fr")).contains("N9");
        assertThat(codes("C'est en songeant à son père qu'il a pris la route de la frontière.", "fr")).contains("N9");
        assertThat(codes("All that winter I kept thinking about my younger brother.", "en")).contains("N9");
        assertThat(codes("She thought of her daughter every single night.", "en")).contains("N9");
        assertThat(codes("Nachts dachte ich oft an meine Schwester.", "de")).contains("N9");
        assertThat(codes("Je pensais à l'argent qu'on nous avait promis.", "fr")).doesNotContain("N9");
        assertThat(codes("He thought about the offer for a week.", "en")).doesNotContain("N9");
        assertThat(codes("Ich dachte an meine Zukunft als Kämpfer.", "de")).doesNotContain("N9");
    }

    @Test
    void aCounterfactualShouldHaveTellsWhatNobodyDid() {
        assertThat(codes("She should have thought about our mother before she left.", "en")).doesNotContain("N9");
        assertThat(codes("Il aurait dû penser à sa mère avant de partir.", "fr")).doesNotContain("N9");
        assertThat(codes("I thought about our mother before I left.", "en")).contains("N9");
    }

    @Test
    void hangingByTheArmsWithItsObjectIsTorture() {
        assertThat(codes("They hung us by the wrists for a whole night.", "en")).contains("N2");
        assertThat(codes("The guards hanged two prisoners by their arms from the ceiling.", "en")).contains("N2");
        assertThat(codes("Ils nous ont suspendus par les poignets toute la nuit.", "fr")).contains("N2");
        assertThat(codes("Sie hängten ihn an den Händen auf.", "de")).contains("N2");
        assertThat(codes("He hung his jacket by the door.", "en")).doesNotContain("N2");
        assertThat(codes("On a suspendu les cours pendant une semaine.", "fr")).doesNotContain("N2");
    }

    @Test
    void menLinedUpAgainstAWallAreAnExecution() {
        assertThat(codes("The guards lined the villagers up against the mosque wall.", "en")).contains("N2");
        assertThat(codes("Die Männer wurden an die Wand gestellt.", "de")).contains("N2");
        assertThat(codes("Am Morgen standen sie an einer Mauer aufgereiht.", "de")).contains("N2");
        assertThat(codes("We lined up for bread along the main road.", "en")).doesNotContain("N2");
    }

    @Test
    void killingSomeoneForAPettyOffenceToldWithABareInfinitiveIsBrutality() {
        assertThat(codes("I watched them shoot a man for selling tobacco.", "en")).contains("N2");
        assertThat(codes("They made us watch them flog a boy because he missed prayer.", "en")).contains("N2");
        assertThat(codes("They wanted me to kill a sheep for the feast.", "en")).doesNotContain("N2");
    }
}
