package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.api.Test;

/**
 * Muslims named in the sentence after an atrocity against them (« …ils ont jeté des gens du haut des immeubles. Ce
 * n'étaient pas des mécréants, c'étaient des musulmans comme nous. ») are its victims (N2), not an enemy the group
 * fights (N1); beside rebels or brigades they still are that enemy.
 */
class MuslimVictimsBesideAnAtrocityTest {

    @Test
    void muslimsInTheSentenceAfterAnAtrocityAreItsVictims() {
        assertThat(codes("Ils fouettaient des vieux au marché pour une cigarette, ils ont jeté des gens du haut des "
                + "immeubles. Ce n'étaient pas des mécréants, c'étaient des musulmans comme nous.", "fr"))
                .contains("N2").doesNotContain("N1");
        assertThat(codes("On nous envoyait contre les rebelles de l'ASL. C'étaient des musulmans comme nous.", "fr"))
                .contains("N1");
    }
}
