package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 19 for grievances told in everyday words rather than named: locals who
 * went home at night, fighters mocked by another nationality, blood held cheap, double pay (N5); leaders' stores
 * of food and fuel, a religion that was not the one taught, phones read (N3); leavers called spies, a request to
 * leave followed by a cell (N7); a single meal a day, bread with sand, a broom instead of a post, forty to a room
 * (N4). Negated and hypothetical wordings keep their answer, and so does a hardship waved aside as bearable.
 */
class PlainGrievanceCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N5", "fr", "Les Irakiens rentraient dormir chez eux tous les soirs."),
                Arguments.of("N5", "en", "The locals went home to their families every evening."),
                Arguments.of("N5", "de", "Die Syrer gingen jeden Abend nach Hause."),
                Arguments.of("N5", "ar", "كان السوريون يعودون الى بيوتهم كل ليله"),
                Arguments.of("N5", "fr", "Nous étions moqués par les Irakiens à cause de tout."),
                Arguments.of("N5", "en", "He was ridiculed by Syrian fighters for months."),
                Arguments.of("N5", "de", "Wir wurden von Irakern verspottet."),
                Arguments.of("N5", "ar", "كانوا يسخرون منا العراقيون"),
                Arguments.of("N5", "en", "Our blood was cheap to them."),
                Arguments.of("N5", "de", "Unser Blut war ihnen billig."),
                Arguments.of("N5", "fr", "Un Égyptien gagnait le double de nous."),
                Arguments.of("N5", "fr", "Les Saoudiens, eux, avaient des chambres chauffées."),
                Arguments.of("N5", "en", "For the Iraqis we were dogs."),
                Arguments.of("N3", "fr", "Notre émir avait des réserves de riz et de sucre."),
                Arguments.of("N3", "en", "Our commander had sacks of flour in his cellar."),
                Arguments.of("N3", "de", "Die Kommandeure hatten Benzin und Fleisch."),
                Arguments.of("N3", "en", "This was not the religion I learned as a boy."),
                Arguments.of("N3", "de", "Das war nicht der Islam, den wir gelernt haben."),
                Arguments.of("N3", "en", "They checked our phones every week."),
                Arguments.of("N7", "fr", "Celles qui fuyaient étaient traitées de traîtres."),
                Arguments.of("N7", "en", "Men who wanted to leave were called spies."),
                Arguments.of("N7", "de", "Wer zurück wollte, galt als Spion."),
                Arguments.of("N7", "fr", "Elle a demandé à rentrer et on l'a mise en cellule."),
                Arguments.of("N7", "en", "My brother asked for permission to go and ended up in a prison."),
                Arguments.of("N4", "en", "We got one meal every two days."),
                Arguments.of("N4", "fr", "On mangeait du pain plein de sable."),
                Arguments.of("N4", "de", "Wir aßen Brot mit Sand."),
                Arguments.of("N4", "en", "They gave us a mop and a bucket."),
                Arguments.of("N4", "fr", "On dormait à trente dans un garage."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aNegatedOrHypotheticalGrievanceIsNotCounted() {
        assertThat(codes("We were never mocked by Iraqi fighters.", "en")).doesNotContain("N5");
        assertThat(codes("If the emirs had rice, they did not show it.", "en")).doesNotContain("N3");
        assertThat(codes("Nous n'étions pas moqués par les Syriens.", "fr")).doesNotContain("N5");
    }

    @Test
    void aLeaderWhoHadNoStoresIsNoCorruption() {
        assertThat(codes("The commanders had nothing more than we did.", "en")).doesNotContain("N3");
        assertThat(codes("The locals went home after the battle was lost.", "en")).doesNotContain("N5");
    }

    @Test
    void aHardshipWavedAsideAsBearableIsNoReasonGiven() {
        assertThat(codes("Hunger you can bear. What broke me was the lying.", "en")).doesNotContain("N4");
        assertThat(codes("La faim, ça se supporte.", "fr")).doesNotContain("N4");
        assertThat(codes("Den Hunger kann man aushalten.", "de")).doesNotContain("N4");
        assertThat(codes("We were hungry all the time.", "en")).contains("N4");
    }
}
