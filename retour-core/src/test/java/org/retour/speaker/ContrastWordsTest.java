package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contrast words read as whole runs of letters of both descriptions. */
class ContrastWordsTest {

    private static final ContrastWords WORDS = new ContrastWords(Map.of("en", Set.of("younger", "elder"),
            "fr", Set.of("aîné", "cadet")));

    @Test
    void aContrastWordTheEarlierDescriptionLacksSetsTheTwoApart() {
        assertThat(WORDS.setApart("the younger", "The elder of the two", "en")).isTrue();
        assertThat(WORDS.setApart("le cadet", "l'aîné", "fr")).isTrue();
    }

    @Test
    void theSameContrastWordInBothSetsNothingApart() {
        assertThat(WORDS.setApart("The Younger brother", "his younger brother, 26,", "en")).isFalse();
        assertThat(WORDS.setApart("l'aîné", "L'AÎNÉ des deux", "fr")).isFalse();
        assertThat(WORDS.setApart("the younger's", "—younger—", "en")).isFalse();
    }

    @Test
    void aWordIsAWholeRunOfLettersNotAPartOfOne() {
        assertThat(WORDS.setApart("the younger", "the youngerish man", "en")).isTrue();
        assertThat(WORDS.setApart("the younger", "a veryyounger man", "en")).isTrue();
        assertThat(WORDS.setApart("the youngest", "the elder", "en")).isFalse();
    }

    @Test
    void noContrastWordOrNoWordsOfTheLanguageSetNothingApart() {
        assertThat(WORDS.setApart("the man", "the woman", "en")).isFalse();
        assertThat(WORDS.setApart("der Jüngere", "der Ältere", "de")).isFalse();
        assertThat(WORDS.setApart(null, "the elder", "en")).isFalse();
    }
}
