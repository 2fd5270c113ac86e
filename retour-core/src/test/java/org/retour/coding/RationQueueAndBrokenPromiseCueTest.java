package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 29 for a harsh and disappointing life under the group (N4): queueing
 * for bread, flour or fuel, food running out and meat seen only on television; empty buildings to guard; the
 * front, glory or brotherhood that was promised, the hero one came to be, and a life duller than what was
 * sold. A queue, a guard or a promise that says nothing of that life keeps its answer.
 */
class RationQueueAndBrokenPromiseCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("fr", "On faisait la queue des heures pour un sac de riz."),
                Arguments.of("fr", "La viande, on ne la voyait plus qu'à la télévision."),
                Arguments.of("fr", "Pendant des mois, on gardait des immeubles vides."),
                Arguments.of("fr", "On m'avait promis le front et la fraternité, j'ai eu une pelle."),
                Arguments.of("fr", "J'étais venu pour devenir un héros, je déchargeais des camions."),
                Arguments.of("fr", "Leur vie était bien plus terne que ce qu'on leur avait vendu."),
                Arguments.of("en", "We queued for hours for a bag of flour."),
                Arguments.of("en", "By the second winter, food was running out."),
                Arguments.of("en", "They put us on the gates of empty buildings for months."),
                Arguments.of("en", "I was promised glory and brotherhood, and I got a broom."),
                Arguments.of("en", "I came to be a hero and they made me a storekeeper."),
                Arguments.of("en", "Life there was far duller than what they had been sold."),
                Arguments.of("de", "Wir standen stundenlang Schlange für einen Sack Mehl."),
                Arguments.of("de", "Monatelang mussten wir leere Gebäude bewachen."),
                Arguments.of("de", "Man hatte mir die Front und die Brüderlichkeit versprochen."),
                Arguments.of("de", "Ich kam, um ein Held zu werden, und wurde Lagerverwalter."),
                Arguments.of("ar", "كنا نقف في الطابور ساعات من أجل كيس طحين"),
                Arguments.of("ar", "وعدونا بالجبهة والبطولة"),
                Arguments.of("ar", "جئت لأكون بطلا فصرت أمين مخزن"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wordings")
    void aWordingTellsAHarshLife(String lang, String text) {
        assertThat(codes(text, lang)).contains("N4");
    }

    @Test
    void aQueueAGuardOrAPromiseElsewhereIsNoHarshLife() {
        assertThat(codes("Devant le tribunal, une longue queue s'était formée dès l'aube.", "fr")).doesNotContain("N4");
        assertThat(codes("The minister promised a debate in parliament.", "en")).doesNotContain("N4");
        assertThat(codes("The police searched the empty buildings by the river.", "en")).doesNotContain("N4");
        assertThat(codes("Die Polizei bewacht das Gericht.", "de")).doesNotContain("N4");
    }
}
