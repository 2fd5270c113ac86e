package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.PersonLexicon;
import org.retour.person.WordMemo;

/**
 * The first word of a description, read once per text: an indefinite article opens someone not met before, a
 * possessive someone's kin, a definite article no kin; the memo answers as a fresh reading does.
 */
class DescriptionOpeningsTest {

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    private static boolean indefinite(String text, String lang) {
        return (DescriptionOpenings.read(LEXICON, text, lang) & DescriptionOpenings.INDEFINITE) != 0;
    }

    private static boolean possessive(String text, String lang) {
        return (DescriptionOpenings.read(LEXICON, text, lang) & DescriptionOpenings.POSSESSIVE) != 0;
    }

    @Test
    void anIndefiniteArticleOpensANewcomer() {
        assertThat(indefinite("un ancien combattant", "fr")).isTrue();
        assertThat(possessive("un ancien combattant", "fr")).isFalse();
        assertThat(indefinite("A former fighter", "en")).isTrue();
        assertThat(possessive("A former fighter", "en")).isFalse();
    }

    @Test
    void aPossessiveOpensKin() {
        assertThat(possessive("son père", "fr")).isTrue();
        assertThat(possessive("His mother", "en")).isTrue();
    }

    @Test
    void aDefiniteArticleOpensNoKin() {
        assertThat(possessive("le prévenu", "fr")).isFalse();
        assertThat(possessive("the woman", "en")).isFalse();
    }

    @Test
    void onlyTheFirstWordCounts() {
        assertThat(possessive("le père de son ami", "fr")).isFalse();
        assertThat(possessive("the father of his friend", "en")).isFalse();
    }

    @Test
    void theMemoAnswersAsAFreshReadingInEachLanguage() {
        WordMemo<Integer> memo = DescriptionOpenings.memo(LEXICON);
        for (String[] c : new String[][] {{"un ancien combattant", "fr"}, {"son père", "fr"}, {"his mother", "en"},
                {"le prévenu", "fr"}, {"son", "en"}}) {
            assertThat(memo.get(c[0], c[1])).as(c[0] + " in " + c[1])
                    .isEqualTo(DescriptionOpenings.read(LEXICON, c[0], c[1]));
        }
        assertThat(memo.get("his mother", "en") & DescriptionOpenings.POSSESSIVE).isNotZero();
    }
}
