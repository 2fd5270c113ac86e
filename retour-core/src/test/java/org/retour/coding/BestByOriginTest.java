package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The best houses, cars or weapons given to fighters of one origin ("The Chechens got the best houses") are unequal
 * treatment by origin (N5), not corruption (N3), which the leaders' own best houses still are.
 */
class BestByOriginTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; The Iraqi brothers got the worst of everything. The Chechens got the best houses.; "
                    + "The emirs kept the villas and the cars for themselves.",
            "fr; Les Français passaient après tout le monde : les Tchétchènes avaient les meilleures armes, les Saoudiens les meilleures maisons.; "
                    + "Les émirs avaient des villas et des voitures."})
    void bestGivenByOriginIsUnequalTreatmentNotCorruption(String lang, String byOrigin, String leaders) {
        assertThat(codes(byOrigin, lang)).doesNotContain("N3").contains("N5");
        assertThat(codes(leaders, lang)).contains("N3");
    }
}
