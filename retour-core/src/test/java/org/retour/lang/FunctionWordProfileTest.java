package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordProfileTest {

    private final FunctionWordProfile profile = FunctionWordProfile.bundled();

    @Test
    void countsFunctionWordsWhateverTheirCase() {
        String text = "LES hommes ET les femmes QUI sont rentrés";
        assertThat(profile.dominant(text, 0, text.length(), 4)).isEqualTo("fr");
    }

    @Test
    void looksOnlyInsideTheGivenRange() {
        String text = "the men and the women who were there | les hommes et les femmes qui sont là";
        int bar = text.indexOf('|');
        assertThat(profile.dominant(text, 0, bar, 3)).isEqualTo("en");
        assertThat(profile.dominant(text, bar + 1, text.length(), 3)).isEqualTo("fr");
    }

    @Test
    void noClearLeaderGivesNull() {
        String text = "the men et les femmes and the children";
        assertThat(profile.dominant(text, 0, text.length(), 2)).isNull();
        assertThat(profile.dominant("Raqqa Mossoul Alep", 0, 18, 1)).isNull();
    }

    @Test
    void arabicFunctionWordsCountWithoutAllocationTricksChangingTheResult() {
        String text = "قال المقاتل إنه عاد من سوريا في الشهر الماضي مع عائلته إلى تونس";
        assertThat(profile.dominant(text, 0, text.length(), 3)).isEqualTo("ar");
    }
}
