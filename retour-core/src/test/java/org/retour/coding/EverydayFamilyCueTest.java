package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cues written as word families rather than phrases (codebook version 10): leaving or coming home for a
 * child or parent, queues and months of guard duty, ground given up week after week, a name on a list for
 * an operation, bodies left on show, an escape attempt that ends in a cell; and look-alikes that stay
 * uncoded when negated.
 */
class EverydayFamilyCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N9", "en", "He finally left because his daughter had been born in Luton."),
                Arguments.of("N9", "fr", "Il dit être rentré pour sa fille, née là-bas."),
                Arguments.of("N9", "de", "Zurückgekommen bin ich wegen meiner Tochter."),
                Arguments.of("N4", "en", "We queued for bread and fuel every morning."),
                Arguments.of("N4", "de", "Monatelang gab es keinen Lohn."),
                Arguments.of("N5", "en", "The women were ranked by nationality."),
                Arguments.of("N6", "en", "Every week we lost another village."),
                Arguments.of("N6", "fr", "Chaque semaine, on abandonnait une position."),
                Arguments.of("N6", "de", "Das Gebiet wurde jeden Monat kleiner."),
                Arguments.of("N8", "fr", "Son émir l'aurait inscrit sur une liste de volontaires pour une opération."),
                Arguments.of("N8", "de", "Man habe ihn gedrängt, sich für einen Anschlag zu melden."),
                Arguments.of("N2", "fr", "Les corps étaient laissés plusieurs jours sur le rond-point."),
                Arguments.of("N7", "de", "Nach einem Fluchtversuch kam er ins Gefängnis."),
                Arguments.of("N1", "en", "We were sent to fight other rebel groups."),
                Arguments.of("N5", "de", "Wir Deutschen waren die Letzten in der Reihe."),
                Arguments.of("N5", "fr", "Les francophones étaient les derniers servis."),
                Arguments.of("N6", "fr", "Les unités abandonnaient une localité après l'autre."),
                Arguments.of("N7", "de", "Sie haben ihn an der Grenze erwischt und in ein Loch gesperrt."),
                Arguments.of("N8", "en", "They wrote my name on a board with twenty others."),
                Arguments.of("N9", "en", "He thinks every night about his wife in Casablanca."),
                Arguments.of("N7", "fr", "Un Tunisien qui avait tenté de rejoindre la Turquie a été ramené et fusillé."),
                Arguments.of("N7", "en", "A friend who tried to reach the border was put in a shipping container."),
                Arguments.of("N7", "ar", "أعدموا رفاقا لهم حاولوا الفرار نحو تركيا"),
                Arguments.of("N8", "fr", "En janvier, l'émir a lu une liste de noms pour une opération."),
                Arguments.of("N3", "en", "I saw where the money went, and it did not go to the poor."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordOfTheFamilyCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aWomansWordsMatchTheFeminineFormsOfACue() {
        assertThat(codes("Nous étions déçues dès les premières semaines.", "fr")).contains("N4");
        assertThat(codes("Une voisine qui avait tenté de fuir a été arrêtée puis exécutée.", "fr")).contains("N7");
    }

    @Test
    void aNegatedReasonStaysUncoded() {
        assertThat(codes("He did not leave because of his daughter.", "en")).doesNotContain("N9");
        assertThat(codes("We never lost a village, not once.", "en")).doesNotContain("N6");
    }
}
