package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A brutality cue in the sentence after one about deserters (« Tout le monde savait ce qui arrivait aux déserteurs.
 * On les pendait sur le rond-point. ») is their punishment (N7), not brutality (N2); victims who are no deserters
 * named there (civilians, farmers) keep it brutality.
 */
class PunishmentOfDesertersNextSentenceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; Everyone knew what happened to deserters. They hanged them on the roundabout.; "
                    + "Everyone knew what happened to deserters. They hanged the farmers on the roundabout.",
            "fr; Tout le monde savait ce qui arrivait aux déserteurs. On les pendait sur le rond-point.; "
                    + "Tout le monde savait ce qui arrivait aux déserteurs. On pendait les civils sur le rond-point.",
            "de; Jeder wusste, was mit Deserteuren passierte. Sie haben sie an der Brücke erhängt.; "
                    + "Jeder wusste, was mit Deserteuren passierte. Sie haben die Zivilisten an der Brücke erhängt."})
    void brutalityInTheSentenceAfterDesertersIsTheirPunishment(String lang, String punishment, String victims) {
        assertThat(codes(punishment, lang)).contains("N7").doesNotContain("N2");
        assertThat(codes(victims, lang)).contains("N7", "N2");
    }
}
