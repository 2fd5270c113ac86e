package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 23's cues for a soup of grass or nettles (N4), a relative crying on the telephone and a prison at home
 * where the family could visit (N9), the idiom « pleurer de rire » that holds a cue word and is no grief, and a man
 * accused of passing information to the enemy (N3), each beside a look-alike that is not coded.
 */
class GrassSoupAndTearfulCallCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void aSoupOfGrassOrNettlesIsHarshLife() {
        assertThat(codes("Les derniers mois, on buvait de la soupe d'orties.", "fr")).contains("N4");
        assertThat(codes("For weeks we lived on nettle soup.", "en")).contains("N4");
        assertThat(codes("By March we ate soup from weeds.", "en")).contains("N4");
        assertThat(codes("Sa grand-mère préparait une soupe de légumes.", "fr")).doesNotContain("N4");
    }

    @Test
    void aRelativeCryingOnThePhoneIsHomeAndFamily() {
        assertThat(codes("Au téléphone, elle ne faisait que pleurer.", "fr")).contains("N9");
        assertThat(codes("On the phone she was crying every time.", "en")).contains("N9");
        assertThat(codes("The phone rang while the baby was crying.", "en")).doesNotContain("N9");
    }

    @Test
    void laughingTillOneCriesIsNoGrief() {
        assertThat(codes("Au téléphone, on pleurait de rire avec les cousins.", "fr")).doesNotContain("N9");
    }

    @Test
    void aPrisonAtHomeWhereTheFamilyCouldVisitIsHomeAndFamily() {
        assertThat(codes("Jugez-moi en France, ma mère pourrait me rendre visite.", "fr")).contains("N9");
        assertThat(codes("In a prison at home, my wife could visit me.", "en")).contains("N9");
        assertThat(codes("The lawyer could visit the prison on Tuesdays.", "en")).doesNotContain("N9");
    }

    @Test
    void aManAccusedOfPassingInformationIsTheHuntForSpies() {
        assertThat(codes("He was beheaded after he was accused of passing information to the Kurds.", "en")).contains("N3");
        assertThat(codes("Il a été fusillé, accusé d'avoir transmis des informations aux Kurdes.", "fr")).contains("N3");
        assertThat(codes("Il était soupçonné de renseigner l'armée irakienne.", "fr")).contains("N3");
        assertThat(codes("Er wurde beschuldigt, den Kurden Informationen weitergegeben zu haben.", "de")).contains("N3");
        assertThat(codes("He was accused of stealing a car.", "en")).doesNotContain("N3");
        assertThat(codes("Il était accusé d'avoir insulté un voisin.", "fr")).doesNotContain("N3");
    }
}
