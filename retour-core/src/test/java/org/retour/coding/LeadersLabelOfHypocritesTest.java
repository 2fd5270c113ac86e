package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The word "hypocrites" that a leader puts on others (« le chef a dit que ceux qui détournaient les yeux étaient
 * des hypocrites », "The commander said they were hypocrites because they did not join us", „Der Emir nannte sie
 * Heuchler“) is his label, not the speaker's charge that the group is hypocritical (N3), while the speaker's own
 * charge still is.
 */
class LeadersLabelOfHypocritesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Le soir, le chef de groupe a dit que ceux qui détournaient les yeux étaient des hypocrites.; "
                    + "Les chefs étaient des hypocrites.",
            "en; The commander said they were hypocrites because they did not join us.; "
                    + "The commanders were hypocrites.",
            "de; Der Emir nannte sie Heuchler, weil sie sich uns nicht anschlossen.; Die Emire waren Heuchler."})
    void aLeadersLabelIsNoChargeOfHypocrisy(String lang, String label, String charge) {
        assertThat(codes(label, lang)).doesNotContain("N3");
        assertThat(codes(charge, lang)).contains("N3");
    }
}
