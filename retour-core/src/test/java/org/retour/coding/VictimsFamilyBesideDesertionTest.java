package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wish to go home to another's family, told beside the punishment of those who flee (« ils ont exécuté un garçon
 * parce qu'il voulait rentrer chez sa mère », "they executed a friend who wanted to go back to his family"), is the
 * victim's wish and tells the punishment (N7), not the holder's longing for home (N9); the holder's own family
 * named there (« ma mère », "my mother") still counts.
 */
class VictimsFamilyBesideDesertionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Le jour où ils ont exécuté un garçon de mon bataillon parce qu'il voulait rentrer chez sa mère, j'ai su "
                    + "que je partirais.; Ils ont exécuté ceux qui voulaient fuir, et moi je pensais à ma mère.",
            "en; They executed a friend who tried to flee because he wanted to go back to his family.; "
                    + "They executed those who tried to flee, and I wanted to go home to my mother.",
            "de; Sie haben einen Freund erschossen, der fliehen wollte, weil er zu seiner Familie nach Hause wollte.; "
                    + "Sie haben Leute erschossen, die fliehen wollten, und ich wollte zu meiner Mutter nach Hause."})
    void anothersFamilyBesideTheirPunishmentIsNoLongingForHome(String lang, String victims, String own) {
        assertThat(codes(victims, lang)).contains("N7").doesNotContain("N9");
        assertThat(codes(own, lang)).contains("N7", "N9");
    }
}
