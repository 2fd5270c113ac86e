package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Groups set against each other by origin, whatever the demonym (« Nous, les Ivoiriens, on… », "we got the
 * cooking"), are unequal treatment by origin (N5); relatives speaking as one group (« Nous, les mères ») are not.
 */
class GroupsSetAgainstEachOtherByOriginTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Nous, les Ivoiriens, on nous donnait les bidons d'eau à porter.",
            "fr; Pour eux, un Libanais valait moins qu'un Saoudien.",
            "fr; Les recrues venues des pays côtiers n'étaient pas traitées comme les autres.",
            "en; The Chechens and the Saudis got the decisions, we got the cooking and the night shifts.",
            "en; They called us the Punjabis, even those of us who are Pashtun.",
            "en; If you had a British passport you were a prize.",
            "en; Fighters from Central Asia were routinely placed at the front."})
    void groupsSetAgainstEachOtherByOriginAreUnequalTreatment(String lang, String text) {
        assertThat(codes(text, lang)).contains("N5");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Nous, les mères, on est restées avec nos photos.",
            "en; First we had the town, then we had the villages, then we had only the trees."})
    void relativesSpeakingAsOneGroupAreNoOriginRanked(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N5");
    }
}
