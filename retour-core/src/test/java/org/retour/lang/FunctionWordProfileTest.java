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

    @Test
    void aGlanceCountsEveryLetterByScriptAndFindsTheSameLeaderAsDominant() {
        FunctionWordProfile p = FunctionWordProfile.bundled();
        String[] pieces = {"le ", "la ", "the ", "and ", "der ", "und ", "في ", "من ", "и ", "не ", "Été", "ŒUVRE",
            "x\u0301", "مُسلم", "Москва", "😀", "42", ", ", ". ", "\n", "ﬁn", "İ", "ǅ", " — "};
        java.util.Random r = new java.util.Random(19);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0, n = r.nextInt(40); k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int start = r.nextInt(text.length() + 1);
            int end = start + r.nextInt(text.length() - start + 1);
            int[] expected = new int[4];
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Letters.isLetter(c)) {
                    expected[0]++;
                    if (c < 0x0250) {
                        expected[1]++;
                    } else if (c >= 0x0600 && c < 0x0800 || c >= 0xFB50 && c < 0xFF00) {
                        expected[2]++;
                    } else if (c >= 0x0400 && c < 0x0530) {
                        expected[3]++;
                    }
                }
            }
            FunctionWordProfile.Glance g = p.glance(text, start, end, 3, 2);
            assertThat(new int[] {g.letters(), g.latin(), g.arabic(), g.cyrillic()}).as(text).containsExactly(expected);
            assertThat(g.dominant()).as(text).isEqualTo(p.dominant(text, start, end, 3, 2));
        }
    }
}
