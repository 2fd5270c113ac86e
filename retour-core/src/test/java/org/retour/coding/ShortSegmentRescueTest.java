package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The model gives no code of its own to a segment too short to hold a view: a few common words left over between
 * quotes ("and the", « et le ») are no testimony, whatever the model's score for them.
 */
class ShortSegmentRescueTest {

    private final SegmentCoder coder = (SegmentCoder) CodingConfig.DEFAULT.coder();

    @Test
    void aSegmentOfTwoCommonWordsGetsNoCodeFromTheModel() {
        for (String[] s : new String[][] {{"and the", "en"}, {"et le", "fr"}, {"und die", "de"}, {"and", "en"}}) {
            assertThat(coder.judge(s[0], s[1])).as(s[0]).isEmpty();
        }
    }

    @Test
    void aShortSegmentThatACueCodesKeepsItsCode() {
        assertThat(coder.judge("We starved", "en")).extracting(Judgement::code).contains("N4");
    }
}
