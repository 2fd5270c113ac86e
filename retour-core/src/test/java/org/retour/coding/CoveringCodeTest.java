package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoveringCodeTest {

    private static final String BOOK = """
            id: test
            version: 1
            codes:
              - id: BRUTAL
                name: brutality
                colour: "#D62728"
                cues:
                  fr: [égorgé*]
                  en: [beheaded]
              - id: FLIGHT
                name: deserters-killed
                colour: "#BCBD22"
                COVERS
                cues:
                  fr: [tent* de fuir]
                  en: [tried to flee]
            """;

    private static List<String> codes(String covers, String text, String language) {
        Codebook cb = CodebookReader.parse(BOOK.replace("COVERS", covers), "test.yaml", false);
        return RuleCoder.of(cb).judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void aCoveringCodeFoundOnTheSameSegmentKeepsOnlyItself() {
        assertThat(codes("covers: [BRUTAL]", "Deux compagnons ont été égorgés après avoir tenté de fuir.", "fr"))
                .containsExactly("FLIGHT");
        assertThat(codes("covers: [BRUTAL]", "Those who tried to flee were beheaded.", "en")).containsExactly("FLIGHT");
    }

    @Test
    void withoutCoversBothCodesAreKept() {
        assertThat(codes("", "Deux compagnons ont été égorgés après avoir tenté de fuir.", "fr"))
                .containsExactlyInAnyOrder("BRUTAL", "FLIGHT");
    }

    @Test
    void aCoveredCodeAloneIsKept() {
        assertThat(codes("covers: [BRUTAL]", "Deux prisonniers ont été égorgés sur la place.", "fr")).containsExactly("BRUTAL");
    }

    @Test
    void theCoveredCodeDoesNotHideTheCoveringOne() {
        assertThat(codes("covers: [BRUTAL]", "Ceux qui ont tenté de fuir ont disparu.", "fr")).containsExactly("FLIGHT");
    }
}
