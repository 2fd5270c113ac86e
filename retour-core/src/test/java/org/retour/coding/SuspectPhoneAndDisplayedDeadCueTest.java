package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 25: a fighter jailed by the group's security over a
 * phone, a number or a USB key (N3, the obsession with spies); nationality deciding everything, foreigners
 * paid less than the locals (N5); beatings with a stick or cable, the dead left on show for days (N2). The
 * look-alikes keep their answer: a phone seized by a European police, a nationality only named.
 */
class SuspectPhoneAndDisplayedDeadCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N3", "fr", "L'amniyat l'a gardé trois semaines parce qu'une puce turque était dans sa poche."),
                Arguments.of("N3", "en", "The amniyat held him because of a Belgian number in his phone."),
                Arguments.of("N3", "en", "The amniyat took him away after a neighbour reported that he owned a second phone."),
                Arguments.of("N3", "de", "Der Sicherheitsdienst hielt ihn fest, weil er ein zweites Handy hatte."),
                Arguments.of("N5", "fr", "Là-bas, c'est la nationalité qui décidait de tout."),
                Arguments.of("N5", "fr", "Nous étions payés moins que les Irakiens."),
                Arguments.of("N5", "en", "Your passport decided where you slept."),
                Arguments.of("N5", "en", "We were paid less than the Iraqis."),
                Arguments.of("N5", "de", "Die Nationalität entschied über alles."),
                Arguments.of("N5", "ar", "كانت الجنسية تحدد كل شيء."),
                Arguments.of("N2", "fr", "J'ai vu des hommes de la hisba frapper au bâton un vieillard."),
                Arguments.of("N2", "fr", "Les corps restaient exposés plusieurs jours sur la place."),
                Arguments.of("N2", "en", "They displayed bodies at the crossroads for days."),
                Arguments.of("N2", "de", "Die Leichen hingen dort tagelang."),
                Arguments.of("N2", "ar", "تركوا الجثث في الساحة لأيام."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingOfTheFamilyCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void lookAlikesStayUncoded() {
        assertThat(codes("At Heathrow the police seized his phone.", "en")).doesNotContain("N3");
        assertThat(codes("Il a la nationalité française depuis 2009.", "fr")).doesNotContain("N5");
    }

    @Test
    void aDeniedBeatingIsNotCounted() {
        assertThat(codes("Je n'ai jamais vu personne frapper au bâton.", "fr")).doesNotContain("N2");
    }
}
