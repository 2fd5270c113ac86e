package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedBesideTest {

    private static final String BOOK = """
            id: other-ids
            version: 1
            codes:
              - id: CRUEL
                name: brutality
                colour: "#D62728"
            RULE
                cues:
                  en: [executed|beheaded]
                  fr: [exécuté*|égorgé*]
              - id: FLIGHT
                name: deserters-killed
                colour: "#BCBD22"
                cues:
                  en: [tried to flee, flee]
                  fr: [tent* de fuir]
            """;

    private static final String RULE = """
                dropped-beside:
                  code: FLIGHT
                  min-words: 2
                  unless:
                    en: [civilians|prisoners]
                    fr: [civils|prisonniers]
            """;

    private static List<String> codes(String rule, String text, String language) {
        Codebook cb = CodebookReader.parse(BOOK.replace("RULE\n", rule), "other.yaml", false);
        return RuleCoder.of(cb).judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void aCodeWithTheRuleIsDroppedBesideTheOtherCodesLongCueInOneSentence() {
        assertThat(codes(RULE, "They executed the brothers who tried to flee.", "en")).containsExactly("FLIGHT");
        assertThat(codes(RULE, "Deux frères ont été égorgés après avoir tenté de fuir.", "fr")).containsExactly("FLIGHT");
    }

    @Test
    void theUnlessWordsKeepTheCodeWhenTheyNameOtherVictims() {
        assertThat(codes(RULE, "They executed civilians and those who tried to flee.", "en"))
                .containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void aCueOfTheOtherCodeShorterThanMinWordsDoesNotDropIt() {
        assertThat(codes(RULE, "They executed him before he could flee.", "en")).containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void theOtherCodeInAnotherSentenceDoesNotDropIt() {
        assertThat(codes(RULE, "They executed the brothers. Some tried to flee.", "en")).containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void withoutTheKeyBothCodesAreKept() {
        assertThat(codes("", "They executed the brothers who tried to flee.", "en")).containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void theStandardCodebookDropsBrutalityBesideThePunishmentOfDeserters() {
        Code n2 = Codebook.standard().code("N2").orElseThrow();
        assertThat(n2.droppedBeside().code()).isEqualTo("N7");
        assertThat(RuleCoder.of(Codebook.standard()).judge("They executed the brothers who tried to flee.", "en"))
                .extracting(Judgement::code).doesNotContain("N2");
    }

    @Test
    void readsTheRuleWithItsUnlessCuesByLanguage() {
        Codebook cb = CodebookReader.parse(BOOK.replace("RULE\n", RULE), "other.yaml", false);
        DroppedBeside rule = cb.code("CRUEL").orElseThrow().droppedBeside();
        assertThat(rule.code()).isEqualTo("FLIGHT");
        assertThat(rule.minWords()).isEqualTo(2);
        assertThat(rule.unless()).containsOnlyKeys("en", "fr");
        assertThat(cb.code("FLIGHT").orElseThrow().droppedBeside()).isNull();
    }

    @Test
    void rejectsARuleNamingAnUnknownCodeWithFileAndLine() {
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("code: FLIGHT", "code: N7")),
                "other.yaml", false))
                .isInstanceOf(CodebookException.class)
                .hasMessage("other.yaml:8: code CRUEL is dropped beside 'N7', which is not a code of this codebook");
    }

    @Test
    void rejectsARuleNamingItsOwnCode() {
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("code: FLIGHT", "code: CRUEL")),
                "other.yaml", false))
                .hasMessage("other.yaml:8: code CRUEL is dropped beside itself");
    }

    @Test
    void rejectsABadMinimumAnUnknownKeyAndAnUnlessCueThatDoesNotCompile() {
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("min-words: 2", "min-words: two")),
                "other.yaml", false))
                .hasMessageStartingWith("other.yaml:9: 'min-words' of 'dropped-beside' of code CRUEL must be a whole number");
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("min-words: 2", "words: 2")),
                "other.yaml", false))
                .hasMessageStartingWith("other.yaml:9: unknown key 'words'");
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("[civils|prisonniers]", "[civils (x)]")),
                "other.yaml", false))
                .hasMessageStartingWith("other.yaml:12: cue of code CRUEL does not compile");
    }

    @Test
    void withSentencesTheOtherCodesCueInTheNextOrPreviousSentenceDropsIt() {
        String near = RULE.replace("min-words: 2\n", "min-words: 2\n      sentences: 1\n");
        assertThat(codes(near, "They executed the brothers. Some had tried to flee.", "en")).containsExactly("FLIGHT");
        assertThat(codes(near, "Some had tried to flee. They executed the brothers.", "en")).containsExactly("FLIGHT");
        assertThat(codes(near, "Some had tried to flee. It was winter. They executed the brothers.", "en"))
                .containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void withSentencesTheUnlessWordsCountAsFarAsTheOtherCodesCue() {
        String near = RULE.replace("min-words: 2\n", "min-words: 2\n      sentences: 1\n");
        assertThat(codes(near, "They executed the brothers. Civilians too had tried to flee.", "en"))
                .containsExactlyInAnyOrder("CRUEL", "FLIGHT");
    }

    @Test
    void readsSentencesAndRejectsANegativeOne() {
        Codebook cb = CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("min-words: 2\n", "min-words: 2\n      sentences: 1\n")),
                "other.yaml", false);
        assertThat(cb.code("CRUEL").orElseThrow().droppedBeside().sentences()).isEqualTo(1);
        assertThat(CodebookReader.parse(BOOK.replace("RULE\n", RULE), "other.yaml", false).code("CRUEL").orElseThrow()
                .droppedBeside().sentences()).isZero();
        assertThatThrownBy(() -> CodebookReader.parse(BOOK.replace("RULE\n", RULE.replace("min-words: 2\n",
                "min-words: 2\n      sentences: -1\n")), "other.yaml", false))
                .hasMessageStartingWith("other.yaml:10: 'sentences' of 'dropped-beside' of code CRUEL must be a whole number from 0");
    }

    @Test
    void theStandardCodebookDropsMenialDutiesBesideUnequalTreatmentByOrigin() {
        RuleCoder rules = RuleCoder.of(Codebook.standard());
        assertThat(rules.judge("« Les Saoudiens et les Irakiens avaient les maisons, les voitures, les postes. Nous, les "
                + "Français, on avait les gardes de nuit et les corvées. »", "fr")).extracting(Judgement::code)
                .contains("N5").doesNotContain("N4");
        assertThat(rules.judge("« On avait les gardes de nuit et les corvées, et on avait faim. »", "fr"))
                .extracting(Judgement::code).contains("N4");
    }
}
