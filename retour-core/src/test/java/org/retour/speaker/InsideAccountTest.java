package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker's own past inside the group: a first person, a past "to be" and the group or its ground. */
class InsideAccountTest {

    private final InsideAccount inside = InsideAccount.bundled();

    private boolean tells(String lang, String... words) {
        return inside.tells(words, 0, words.length, lang, true);
    }

    @Test
    void aFirstPersonWithTheGroupTellsIt() {
        assertThat(tells("en", "when", "i", "was", "with", "daesh")).isTrue();
        assertThat(tells("fr", "quand", "nous", "étions", "en", "syrie")).isTrue();
        assertThat(tells("de", "als", "ich", "beim", "is", "war")).isTrue();
        assertThat(tells("ar", "عندما", "كنت", "مع", "داعش")).isTrue();
    }

    @Test
    void aThirdPersonOrAnotherPlaceTellsNothing() {
        assertThat(tells("en", "they", "were", "with", "daesh")).isFalse();
        assertThat(tells("en", "when", "i", "was", "in", "london")).isFalse();
        assertThat(tells("de", "er", "war", "beim", "is")).isFalse();
        assertThat(tells("fr", "il", "était", "en", "syrie")).isFalse();
    }

    @Test
    void theGroundAloneCountsOnlyWhenAsked() {
        String[] words = {"when", "we", "were", "in", "raqqa"};
        assertThat(inside.tells(words, 0, words.length, "en", true)).isTrue();
        assertThat(inside.tells(words, 0, words.length, "en", false)).isFalse();
    }

    @Test
    void wordsFarApartTellNothing() {
        assertThat(tells("en", "i", "was", "told", "by", "the", "police", "that", "daesh")).isFalse();
    }

    @Test
    void aLineWithoutWordsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InsideAccount(List.of("en be")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
