package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defeat set against a repentance the speaker doubts (« n'a découvert ses scrupules qu'une fois l'organisation en
 * déroute », "left only after it lost the territory … a change of heart"), a fall that came after the leaving ("left
 * before the fall of Raqqa") and a siege the group laid ("besieging a rebel-held town") are no reason given for
 * leaving a losing group: no defeat (N6); the loss told as such still is.
 */
class DefeatBesideRepentanceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Il n'a découvert ses scrupules qu'une fois l'organisation en déroute.",
            "en; He left only after it lost the territory it held, and the court cannot accept a change of heart.",
            "en; The judge noted that he had left the group before the fall of Raqqa.",
            "en; I was gone before Raqqa fell.",
            "en; His brigade spent a whole winter besieging a rebel-held town.",
            "en; The group that laid siege to this city in 2017 has lost its last fighters."})
    void noDefeat(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N6");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; L'organisation perdait des villages chaque semaine.",
            "en; By 2017 the group was losing territory every week."})
    void theLossToldAsSuchIsDefeat(String lang, String text) {
        assertThat(codes(text, lang)).contains("N6");
    }
}
