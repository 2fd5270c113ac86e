package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hardship the speaker knew already before the group (« La faim, on la connaissait déjà au village », "Hunger, we
 * knew it already in the village") is no hardship of life under it (N4), while hunger told plainly is; and a life
 * that was not what one had been sold (« Pas ce qu'on m'avait vendu », "not what they had sold us") is a
 * disappointing one (N4), while a car that was not what was advertised is none.
 */
class HardshipKnownBeforeAndPromiseSoldTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; La faim, on la connaissait déjà au village.; La faim, on la connaissait tous les jours là-bas.",
            "en; Hunger, we knew it already in the village.; Hunger, we knew it every day over there.",
            "de; Hunger kannten wir schon im Dorf.; Wir hatten dort jeden Tag Hunger."})
    void aHardshipKnownBeforeIsNotTheGroupsLife(String lang, String before, String under) {
        assertThat(codes(before, lang)).doesNotContain("N4");
        assertThat(codes(under, lang)).contains("N4");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Qu'avez-vous trouvé là-bas ? Pas ce qu'on m'avait vendu.; Il a vendu sa voiture à un voisin.",
            "en; It was not what they had sold us.; He had sold his car to a neighbour."})
    void aLifeNotAsSoldIsDisappointing(String lang, String sold, String lookAlike) {
        assertThat(codes(sold, lang)).contains("N4");
        assertThat(codes(lookAlike, lang)).doesNotContain("N4");
    }
}
