package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 31 for infighting (N1): the men the group fought told as praying as
 * its fighters do (the same way, in the same direction, five times a day), shooting at other Syrians or
 * Muslims, and the enemy the fighter was never told the reason for or was lied to about. Prayer, the enemy or
 * a fight that says nothing of Muslims fighting Muslims keeps its answer.
 */
class EnemyWhoPraysLikeUsCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("en", "They prayed the same as us, and we were shooting at them."),
                Arguments.of("en", "I spent a year shooting at men who prayed in the same direction as me."),
                Arguments.of("en", "The villagers we fought also prayed five times a day."),
                Arguments.of("en", "Within weeks I was shooting at other Syrians in the next valley."),
                Arguments.of("en", "Nobody ever told us why they were the enemy."),
                Arguments.of("en", "I kept asking my emir who was the kafir here."),
                Arguments.of("en", "We were lied to about who the enemy was."),
                Arguments.of("fr", "On tirait sur des hommes qui priaient comme nous, cinq fois par jour."),
                Arguments.of("fr", "Ils priaient cinq fois par jour, comme nous."),
                Arguments.of("fr", "On ne combattait pas les mécréants, on combattait d'autres brigades."),
                Arguments.of("fr", "Personne ne savait qui était vraiment l'ennemi."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wordings")
    void aWordingTellsOfFightingMuslims(String lang, String text) {
        assertThat(codes(text, lang)).contains("N1");
    }

    @Test
    void prayerOrAnEnemyElsewhereIsNoInfighting() {
        assertThat(codes("We prayed five times a day in the camp.", "en")).doesNotContain("N1");
        assertThat(codes("Who was the enemy? The regime, of course.", "en")).doesNotContain("N1");
        assertThat(codes("Il combattait le régime depuis 2012.", "fr")).doesNotContain("N1");
        assertThat(codes("Sa voisine priait cinq fois par jour.", "fr")).doesNotContain("N1");
    }
}
