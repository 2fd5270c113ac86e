package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leaders who fled with their families or loaded their belongings while the fighters held on, and men who paid to
 * get their own wives out first (« les chefs partaient la nuit avec leurs familles », "the men who had promised us
 * victory were paying smugglers to get their own wives out first", „die Emire flohen nachts mit ihren Familien“)
 * are the hypocrisy of the group's leaders (N3), while ordinary fighters leaving with their families are not.
 */
class LeadersFleeingWithTheirFamiliesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Les chefs disaient que c'était une épreuve, mais ils partaient la nuit avec leurs familles.;"
                    + " Les voisins partaient la nuit avec leurs familles.",
            "fr; Les émirs ont chargé leurs affaires dans des pick-up.; Les voisins ont chargé leurs affaires dans des pick-up.",
            "en; They were paying smugglers to get their own wives out first.; They were paying smugglers to get out first.",
            "en; The commanders fled one night with their families.; The farmers fled one night with their families.",
            "de; Die Emire flohen nachts mit ihren Familien.; Die Bauern flohen nachts mit ihren Familien."})
    void leadersSavingTheirOwnAreHypocrisy(String lang, String leaders, String others) {
        assertThat(codes(leaders, lang)).contains("N3");
        assertThat(codes(others, lang)).doesNotContain("N3");
    }
}
