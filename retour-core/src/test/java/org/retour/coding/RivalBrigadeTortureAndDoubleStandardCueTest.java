package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 26: a Syrian rebel brigade named as the enemy (Jaish al-…, Faylaq,
 * Zenki: infighting, N1); nails torn out and electric shocks (brutality, N2); a sermon or ban whose preachers
 * do the opposite (hypocrisy, N3). The look-alikes keep their answer: a plain sermon, bitten nails, a denied torture.
 */
class RivalBrigadeTortureAndDoubleStandardCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "fr", "Notre première bataille, c'était contre le Jaych al-Islam, près de Douma."),
                Arguments.of("N1", "en", "They sent my unit against Jaish al-Fatah and the Zenki brigade."),
                Arguments.of("N1", "de", "Wir mussten in Idlib gegen Faylaq al-Rahman kämpfen."),
                Arguments.of("N1", "ar", "أرسلونا لقتال حركة الزنكي في الريف."),
                Arguments.of("N2", "fr", "Mon voisin est ressorti de la prison avec les ongles arrachés."),
                Arguments.of("N2", "fr", "Ils lui infligeaient des décharges électriques pendant l'interrogatoire."),
                Arguments.of("N2", "en", "A friend of mine came out of the cell without his fingernails."),
                Arguments.of("N2", "en", "The guards gave him electric shocks for two days."),
                Arguments.of("N2", "de", "Man hat ihm im Keller die Fingernägel ausgerissen."),
                Arguments.of("N2", "de", "Sie quälten Gefangene mit Elektroschocks."),
                Arguments.of("N3", "fr", "L'émir nous prêchait l'humilité, mais eux roulaient en 4x4 neufs."),
                Arguments.of("N3", "en", "The emir who lectured us about modesty was seen smoking behind the mosque."),
                Arguments.of("N3", "en", "We got sermons about greed while they divided the money among their friends."),
                Arguments.of("N3", "de", "Sie hielten uns Moralpredigten, während sie selbst die Beute teilten."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingOfTheFamilyCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void lookAlikesStayUncoded() {
        assertThat(codes("Elle se rongeait les ongles en attendant le verdict.", "fr")).doesNotContain("N2");
        assertThat(codes("The imam gave long sermons on Fridays.", "en")).doesNotContain("N3");
    }

    @Test
    void aDeniedTortureIsNotCounted() {
        assertThat(codes("Personne ne m'a jamais arraché les ongles.", "fr")).doesNotContain("N2");
        assertThat(codes("The guards never gave me electric shocks.", "en")).doesNotContain("N2");
    }
}
