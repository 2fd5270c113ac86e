package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French « vol » and « volé » alone are no theft by the leaders (N3): « vol » is also a flight, and a son « volé » to
 * his mother is a relative's grief; the leaders' thefts told with « volaient » or « vols » still are.
 */
class AmbiguousTheftWordTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "J'ai appris par la télé qu'il y avait eu un vol.",
            "On m'a volé mon fils. Son recruteur est libre aujourd'hui.",
            "Chaque mois passé là-bas est un mois volé."})
    void flightOrStolenChildIsNoCorruption(String text) {
        assertThat(codes(text, "fr")).doesNotContain("N3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Les émirs volaient l'argent des veuves.",
            "Il y avait des vols partout, les chefs se servaient."})
    void leadersThievingIsCorruption(String text) {
        assertThat(codes(text, "fr")).contains("N3");
    }
}
