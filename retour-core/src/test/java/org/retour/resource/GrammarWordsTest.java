package org.retour.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.resource.GrammarWords.Kind;

/** Grammatical words read by their kind and language. */
class GrammarWordsTest {

    @Test
    void aWordMayStandUnderSeveralKindsOfItsLanguage() {
        GrammarWords w = new GrammarWords(List.of("de definite der die das", "de relative der die dem", "de plural die"));
        assertThat(w.of(Kind.DEFINITE, "de")).containsExactlyInAnyOrder("der", "die", "das");
        assertThat(w.of(Kind.RELATIVE, "de")).contains("dem", "der");
        assertThat(w.in("de", Kind.PLURAL, Kind.RELATIVE)).containsExactlyInAnyOrder("die", "der", "dem");
    }

    @Test
    void aLanguageOrKindWithoutWordsGivesAnEmptySet() {
        GrammarWords w = new GrammarWords(List.of("fr definite le la"));
        assertThat(w.of(Kind.DEFINITE, "ar")).isEmpty();
        assertThat(w.of(Kind.HE_SHE, "fr")).isEmpty();
    }

    @Test
    void anyLanguageJoinsTheKindsOfEveryLanguage() {
        GrammarWords w = new GrammarWords(List.of("fr of de d’", "en of of", "en about about", "de about Über"));
        assertThat(w.anyLanguage(Kind.OF, Kind.ABOUT)).containsExactlyInAnyOrder("de", "d’", "of", "about", "über");
    }

    @Test
    void aLineWithAnUnknownKindIsRefusedWithTheLine() {
        assertThatThrownBy(() -> new GrammarWords(List.of("fr article le")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr article le");
    }

    @Test
    void theBundledWordsGiveEveryKindInFrenchEnglishAndGerman() {
        GrammarWords w = GrammarWords.bundled();
        for (Kind k : List.of(Kind.DEFINITE, Kind.DEMONSTRATIVE, Kind.INDEFINITE, Kind.OF, Kind.RELATIVE, Kind.HE_SHE)) {
            for (String lang : List.of("fr", "en", "de")) {
                assertThat(w.of(k, lang)).as(k + " " + lang).isNotEmpty();
            }
        }
        assertThat(w.of(Kind.DEFINITE, "fr")).contains("l'", "l’");
        assertThat(w.of(Kind.HE_SHE, "en")).containsExactlyInAnyOrder("he", "she");
        assertThat(w.of(Kind.RELATIVE, "ar")).contains("الذي");
    }
}
