package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Another side's deed is not the group's brutality: a brutality cue beside the regime's, an air force's or the
 * Kurds' name in its clause is not counted, while the same deed of the group is, and the regime named in an
 * infighting cue keeps it.
 */
class OtherSideScopeTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void theRegimesMassacresAreNoBrutalityOfTheGroup() {
        assertThat(codes("Je suis parti parce que le régime d'Assad massacrait des civils.", "fr")).doesNotContain("N2");
        assertThat(codes("Je suis parti parce que Daech massacrait des civils.", "fr")).contains("N2");
        assertThat(codes("I went because Syrians were being slaughtered by Assad.", "en")).doesNotContain("N2");
        assertThat(codes("I left because they slaughtered Syrians in the square.", "en")).contains("N2");
        assertThat(codes("Das Regime hat Kinder getötet.", "de")).doesNotContain("N2");
    }

    @Test
    void theRegimeNamedInAnInfightingCueKeepsIt() {
        assertThat(codes("We were killing other Muslims instead of the regime.", "en")).contains("N1");
    }

    @Test
    void anOtherSideLineMustNameItsCodesAndNoOtherKindMay() {
        assertThatThrownBy(() -> CodingLexicon.of(List.of("fr other-side régime"), List.of()))
                .hasMessageContaining("other-side:N2");
        assertThatThrownBy(() -> CodingLexicon.of(List.of("fr negation:N2 pas"), List.of()))
                .hasMessageContaining("bad line");
        assertThatThrownBy(() -> CodingLexicon.of(List.of("fr other-side: régime"), List.of()))
                .hasMessageContaining("bad line");
        assertThat(CodingLexicon.of(List.of("fr other-side:N2,N8 régime"), List.of()).entries()).hasSize(1);
    }
}
