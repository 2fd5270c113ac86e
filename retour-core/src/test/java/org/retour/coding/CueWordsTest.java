package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueWordsTest {

    private static final Codebook BOOK = new Codebook("test", "1", null, List.of(
            new Code("A", "hunger", "#000000", null, null,
                    Map.of("fr", List.of("mourir ..2 faim", "affam*"), "en", List.of("no food")), null, null, null, null, null),
            new Code("B", "defeat", "#000000", null, null,
                    Map.of("en", List.of("losing ground|territory", "faim")), null, null, null, null, null)));

    private static int[] counts(String text) {
        return new CueWords(BOOK).counts(CueTokens.of(text), 2);
    }

    @Test
    void countsTheWordsOfEachCodesCuesWithoutTheWholeCue() {
        assertThat(counts("On avait faim tous les jours.")).containsExactly(1, 1);
        assertThat(counts("Nous étions affamés et nous allions mourir.")).containsExactly(2, 0);
        assertThat(counts("The group kept losing, town after town, all its territory.")).containsExactly(0, 2);
        assertThat(counts("There was no food left.")).containsExactly(1, 0);
    }

    @Test
    void leavesOutShortWordsAndWordsOfNoCue() {
        assertThat(counts("No, no, there was no bread left.")).containsExactly(0, 0);
        assertThat(counts("Le marché était ouvert.")).containsExactly(0, 0);
    }

    @Test
    void readsWordsAsCuesDoIgnoringCaseAndAccents() {
        assertThat(counts("AFFAMÉS, ils sont partis.")).containsExactly(1, 0);
    }
}
