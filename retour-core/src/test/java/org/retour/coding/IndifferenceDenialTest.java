package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.api.Test;

/**
 * Indifference said after a hardship denies it as a reason ("La nourriture, le confort, ça m'était égal",
 * "the food didn't matter to me", "das Essen war mir egal", "الطعام لم يكن يهمني"); the hardship said
 * without it still counts.
 */
class IndifferenceDenialTest {

    @Test
    void hardshipFollowedByIndifferenceIsNoReason() {
        assertThat(codes("On avait faim tout le temps. Ça m'était égal.", "fr")).doesNotContain("N4");
        assertThat(codes("We were bored all day. It didn't matter to me.", "en")).doesNotContain("N4");
        assertThat(codes("Wir hatten keinen Strom. Das war mir völlig egal.", "de")).doesNotContain("N4");
        assertThat(codes("عشنا أشهرا بلا كهرباء ولا ماء، وهذا لم يكن يهمني", "ar")).doesNotContain("N4");
    }

    @Test
    void hardshipAloneStillCounts() {
        assertThat(codes("On avait faim tout le temps.", "fr")).contains("N4");
        assertThat(codes("We were bored all day.", "en")).contains("N4");
        assertThat(codes("Wir hatten keinen Strom.", "de")).contains("N4");
        assertThat(codes("عشنا أشهرا بلا كهرباء ولا ماء", "ar")).contains("N4");
    }
}
