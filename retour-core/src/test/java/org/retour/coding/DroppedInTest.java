package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A code's {@code dropped-in} words: sentences in which its cues are not counted, the other codes' cues still are. */
class DroppedInTest {

    private static final String BOOK = """
            id: camps
            version: 1
            codes:
              - id: HARD
                name: harsh-life
                colour: "#8C564B"
            RULE
                cues:
                  en: [no doctors, hunger]
              - id: CRUEL
                name: brutality
                colour: "#D62728"
                cues:
                  en: [beheaded]
            """;

    private static final String RULE = """
                dropped-in:
                  en: [al hol|roj, kurdish camp|camps]
            """;

    private static List<String> codes(String rule, String text) {
        Codebook cb = CodebookReader.parse(BOOK.replace("RULE\n", rule), "camps.yaml", false);
        return RuleCoder.of(cb).judge(text, "en").stream().map(Judgement::code).toList();
    }

    @Test
    void aCueInASentenceThatHoldsOneOfItsCodesWordsIsNotCounted() {
        assertThat(codes(RULE, "In al-Hol there are no doctors.")).isEmpty();
        assertThat(codes("", "In al-Hol there are no doctors.")).containsExactly("HARD");
    }

    @Test
    void theWordsReachOnlyTheirOwnSentenceAndTheirOwnCode() {
        assertThat(codes(RULE, "We are in al-Hol now. In Raqqa there were no doctors.")).containsExactly("HARD");
        assertThat(codes(RULE, "In the Kurdish camp she told us they beheaded a man in Raqqa.")).containsExactly("CRUEL");
    }

    @Test
    void wordsInAnUnknownLanguageAreRefused() {
        String bad = """
                    dropped-in:
                      xx: [camp]
                """;
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", bad), "camps.yaml", false))
                .isInstanceOf(CodebookException.class).hasMessageContaining("unknown language 'xx'");
    }

    @Test
    void theStandardCodebookLeavesHardshipInACampAfterTheGroupUncoded() {
        assertThat(RuleCodes.codes("Dans le camp d'al-Hol, il n'y a pas de médecins.", "fr")).doesNotContain("N4");
        assertThat(RuleCodes.codes("In a Kurdish-run camp there are no doctors.", "en")).doesNotContain("N4");
        assertThat(RuleCodes.codes("À Raqqa, il n'y avait pas de médecins.", "fr")).contains("N4");
    }
}
