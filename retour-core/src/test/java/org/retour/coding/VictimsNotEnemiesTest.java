package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 15's Muslims killed as victims of brutality (N2) rather than as an enemy IS fights (N1), those whom
 * nobody was spared by, innocent people and the group's own people killed and heads on railings, each beside a
 * look-alike that keeps its code or is not coded.
 */
class VictimsNotEnemiesTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void muslimsKilledForNothingAreVictimsNotEnemies() {
        assertThat(codes("They were killing Muslims for nothing.", "en")).contains("N2").doesNotContain("N1");
        assertThat(codes("We were killing other Muslims instead of the regime.", "en")).contains("N1");
        assertThat(codes("They were killing Muslims for nothing, rebels who had surrendered.", "en")).contains("N1", "N2");
    }

    @Test
    void notEvenWomenAndChildrenSparedByThemIsBrutality() {
        assertThat(codes("حتى النساء والأطفال لم يسلموا منهم.", "ar")).contains("N2");
        assertThat(codes("حتى النساء والأطفال لم يسلموا من القصف.", "ar")).doesNotContain("N2");
    }

    @Test
    void innocentsAndTheGroupsOwnPeopleKilledAreBrutality() {
        assertThat(codes("Ils tuaient des gens qui n'avaient rien fait.", "fr")).contains("N2");
        assertThat(codes("On voyait des têtes sur les grilles du parc.", "fr")).contains("N2");
        assertThat(codes("Les têtes des enfants dépassaient de la clôture.", "fr")).doesNotContain("N2");
        assertThat(codes("They killed innocent people.", "en")).contains("N2");
        assertThat(codes("They were killing their own people.", "en")).contains("N2");
        assertThat(codes("They were killing their own time playing cards.", "en")).doesNotContain("N2");
    }
}
