package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 23's cues for foreigners sent ahead (N5), a front held against anyone but the regime (N1), an escape
 * told as impossible and men shot while crossing (N7), the dead piling up and the ranks thinning (N6), going home
 * for the family's sake or begging to be taken home (N9), and the holder's own wish to go home beside the fate of
 * those who flee, each beside a look-alike that is not coded.
 */
class FrontlineAndOwnWishCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void foreignersSentAheadAreRankedBelowTheLocals() {
        assertThat(codes("Sur la fin, ils envoyaient les Belges devant et les Syriens restaient à l'abri.", "fr")).contains("N5");
        assertThat(codes("On envoyait les convertis en premier, les anciens restaient en arrière.", "fr")).contains("N5");
        assertThat(codes("Il a envoyé une lettre à sa sœur en décembre.", "fr")).doesNotContain("N5");
    }

    @Test
    void aFrontHeldAgainstAnyoneButTheRegimeIsInfighting() {
        assertThat(codes("On m'a posté près d'Alep, mais pas contre les soldats d'Assad.", "fr")).contains("N1");
        assertThat(codes("They put us on the line, but not against the regime.", "en")).contains("N1");
        assertThat(codes("Je ne suis pas contre l'idée de rentrer.", "fr")).doesNotContain("N1");
    }

    @Test
    void anEscapeToldAsImpossibleIsTheFateOfThoseWhoFlee() {
        assertThat(codes("Il explique que la fuite était devenue impossible.", "fr")).contains("N7");
        assertThat(codes("By then, escape was impossible.", "en")).contains("N7");
        assertThat(codes("La réparation était impossible.", "fr")).doesNotContain("N7");
    }

    @Test
    void menShotWhileCrossingAreTheFateOfThoseWhoFlee() {
        assertThat(codes("Son ami a été abattu en tentant de franchir le fleuve.", "fr")).contains("N7");
        assertThat(codes("My neighbour was shot trying to cross the river.", "en")).contains("N7");
        assertThat(codes("Il a été blessé en tentant de franchir le fleuve.", "fr")).doesNotContain("N7");
    }

    @Test
    void theDeadPilingUpAndTheRanksThinningAreLosing() {
        assertThat(codes("Les morts s'accumulaient dans notre katiba.", "fr")).contains("N6");
        assertThat(codes("Chaque semaine, moins de combattants, plus de tombes que de maisons.", "fr")).contains("N6");
        assertThat(codes("The dead were piling up in the mosque yard.", "en")).contains("N6");
        assertThat(codes("Les dossiers s'accumulaient sur son bureau.", "fr")).doesNotContain("N6");
    }

    @Test
    void goingHomeForTheFamilysSakeOrBeggingToBeTakenHomeIsHomeAndFamily() {
        assertThat(codes("Il est revenu pour notre père, qui ne marche plus.", "fr")).contains("N9");
        assertThat(codes("Every night she begged him: take us home.", "en")).contains("N9");
        assertThat(codes("She asked him again to take them home.", "en")).contains("N9");
        assertThat(codes("Il est revenu pour notre entretien de mardi.", "fr")).doesNotContain("N9");
    }

    @Test
    void theHoldersOwnWishToGoHomeBesideTheFateOfThoseWhoFleeStaysHomeAndFamily() {
        assertThat(codes("Je voudrais rentrer, mais ils exécutent ceux qui essaient de partir.", "fr")).contains("N9", "N7");
        assertThat(codes("I want to go home, but they kill anyone who tries to leave.", "en")).contains("N9", "N7");
        assertThat(codes("Ils ont exécuté des frères qui avaient voulu rentrer, qui avaient tenté de fuir.", "fr"))
                .contains("N7").doesNotContain("N9");
    }
}
