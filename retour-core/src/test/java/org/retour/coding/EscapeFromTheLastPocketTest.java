package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.api.Test;

/**
 * The codebook's version 30: a flight from the group's last pocket or stronghold names where someone escaped
 * from, not why, so the losses told in that sentence are no reason to leave (N6 is not counted there); the same
 * losses told in a sentence of their own still count.
 */
class EscapeFromTheLastPocketTest {

    @Test
    void anEscapeFromTheLastPocketIsNoLossAsAReason() {
        assertThat(codes("She escaped from the group's last pocket of territory after months of trying to get out, "
                + "as it was losing ground.", "en")).doesNotContain("N6");
        assertThat(codes("Elle s'est échappée de la dernière poche du groupe, qui perdait du terrain.", "fr"))
                .doesNotContain("N6");
        assertThat(codes("Sie ist aus der letzten Hochburg geflohen, als der IS an Boden verlor.", "de"))
                .doesNotContain("N6");
    }

    @Test
    void theSameLossesInASentenceOfTheirOwnStillCount() {
        assertThat(codes("The group was losing ground every week.", "en")).contains("N6");
        assertThat(codes("Le groupe perdait du terrain chaque semaine.", "fr")).contains("N6");
        assertThat(codes("Der IS verlor jede Woche an Boden.", "de")).contains("N6");
    }
}
