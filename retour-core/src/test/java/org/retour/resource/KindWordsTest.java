package org.retour.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words of a data file asked by kind, word and language. */
class KindWordsTest {

    private final KindWords words = KindWords.read(List.of("fr mother mère maman", "en mother mother mum", "de father Vater"),
            Set.of("mother", "father"), "test");

    @Test
    void aWordIsOfItsKindInItsLanguageOnly() {
        assertThat(words.is("mother", "maman", "fr")).isTrue();
        assertThat(words.is("mother", "maman", "en")).isFalse();
        assertThat(words.is("father", "vater", "de")).isTrue();
        assertThat(words.is("father", "mère", "fr")).isFalse();
    }

    @Test
    void aNullWordOrAnUnknownKindIsNoMatch() {
        assertThat(words.is("mother", null, "fr")).isFalse();
        assertThat(words.is("sister", "mère", "fr")).isFalse();
    }

    @Test
    void aLanguageHasAKindWhenOneOfItsLinesGivesIt() {
        assertThat(words.has("mother", "en")).isTrue();
        assertThat(words.has("father", "en")).isFalse();
    }

    @Test
    void aLineOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> KindWords.read(List.of("fr aunt tante"), Set.of("mother"), "kin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kin");
    }
}
