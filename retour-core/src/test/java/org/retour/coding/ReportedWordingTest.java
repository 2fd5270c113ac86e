package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wordings of the codebook's version 8 in four languages: shot at a checkpoint, a cell after a smuggler's
 * betrayal, the fear of being caught, an apostate in the accusative («مرتدا»), the runaway jailed
 * («يسجنون الهارب»); being asked who is ready to meet God, volunteering for an attack; prisoners hung by
 * the wrists and beaten with cables, villages burnt, people abducted and killed; lines giving way, a
 * city reduced to a few streets, the army taking another island, fewer of us, a territory growing smaller,
 * a village falling each week, moving from place to place; arrested while trying to get through, what
 * they did to those who fled, never seen again; districts falling one after the other, forces advancing;
 * a name on a list, an emir going round with a list, chosen for the truck; people killed in the market for
 * smoking, the group's treatment of Syrians.
 */
class ReportedWordingTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "fr", "Deux amis ont été abattus à un barrage."),
                Arguments.of("N7", "fr", "Il a passé cinq semaines au cachot après avoir été dénoncé par un passeur."),
                Arguments.of("N7", "en", "They live in fear of being caught."),
                Arguments.of("N7", "ar", "كان التنظيم يعد كل من يفكر في المغادرة مرتدا"),
                Arguments.of("N7", "ar", "كانوا يسجنون الهارب في قفص حديدي"),
                Arguments.of("N8", "en", "His emir kept asking who was ready to meet God."),
                Arguments.of("N8", "en", "He was told to volunteer for an attack on the base."),
                Arguments.of("N2", "en", "Prisoners were hung by their wrists and beaten with cables."),
                Arguments.of("N2", "en", "They spoke of villages burnt to the ground."),
                Arguments.of("N2", "en", "Travellers were abducted from the road and killed."),
                Arguments.of("N6", "fr", "Les lignes cédaient les unes après les autres."),
                Arguments.of("N6", "fr", "La ville était réduite à quelques rues."),
                Arguments.of("N6", "en", "Every month the army took another island."),
                Arguments.of("N6", "en", "Each time there were fewer of us."),
                Arguments.of("N6", "de", "Das Gebiet wurde immer kleiner."),
                Arguments.of("N6", "de", "Jede Woche fiel ein Dorf."),
                Arguments.of("N6", "de", "Wir zogen von Ort zu Ort."),
                Arguments.of("N7", "fr", "Ils ont été arrêtés par la police religieuse alors qu'ils tentaient de passer."),
                Arguments.of("N7", "fr", "J'ai vu ce qu'ils faisaient à ceux qui fuyaient."),
                Arguments.of("N7", "en", "The religious police caught her. We never saw her again."),
                Arguments.of("N6", "fr", "Les quartiers tombaient les uns après les autres."),
                Arguments.of("N6", "fr", "Les forces kurdes avançaient chaque jour."),
                Arguments.of("N6", "en", "We kept moving from town to town."),
                Arguments.of("N8", "fr", "Certains ont fui le jour où leur nom est apparu sur une liste."),
                Arguments.of("N8", "fr", "L'émir passait dans les chambres avec une liste."),
                Arguments.of("N8", "de", "Freu dich, Bruder, du gehst ins Paradies."),
                Arguments.of("N8", "en", "A friend of mine was chosen for the truck."),
                Arguments.of("N2", "en", "They killed people in the market for smoking."),
                Arguments.of("N2", "en", "He was disgusted by the group's treatment of Syrians."));
    }

    @ParameterizedTest
    @MethodSource("wordings")
    void theWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N7", "en", "He did not fear being caught."),
                Arguments.of("N8", "en", "He volunteered for guard duty."));
    }

    @ParameterizedTest
    @MethodSource("lookAlikes")
    void theLookAlikeIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
