package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 31 for a corrupt and hypocritical leadership (N3): leaders who send
 * their own families to safety while the rank and file stay, whose wives are already gone, who sold out or
 * betrayed their own men, who rob the people they claim to protect, and a group told as a protection racket.
 * Families sent away, a betrayal or a racket that is no leaders' doing keep their answer.
 */
class LeadersWhoSavedTheirOwnCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("en", "The commanders were sending their own families out through the tunnels."),
                Arguments.of("en", "By then the emirs' wives were already gone."),
                Arguments.of("en", "We were sold out by our own commanders."),
                Arguments.of("en", "We were betrayed by our own commanders."),
                Arguments.of("en", "They were robbing the same people they said they were protecting."),
                Arguments.of("en", "It was a protection racket with a mosque attached."),
                Arguments.of("fr", "Les émirs avaient déjà mis leurs propres familles à l'abri en Turquie."),
                Arguments.of("fr", "Les émirs avaient envoyé leurs propres familles en Turquie."),
                Arguments.of("fr", "On a été trahis par nos propres chefs."),
                Arguments.of("fr", "Ils volaient les gens qu'ils prétendaient protéger."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wordings")
    void aWordingTellsOfLeadersLookingAfterThemselves(String lang, String text) {
        assertThat(codes(text, lang)).contains("N3");
    }

    @Test
    void familiesSentAwayOrARacketElsewhereAreNoCorruption() {
        assertThat(codes("The charity was sending families out of the camp by bus.", "en")).doesNotContain("N3");
        assertThat(codes("The minister said the wives had already gone home.", "en")).doesNotContain("N3");
        assertThat(codes("Police broke up a drug racket in Leeds.", "en")).doesNotContain("N3");
        assertThat(codes("Les familles des victimes étaient déjà parties quand le verdict est tombé.", "fr"))
                .doesNotContain("N3");
    }
}
