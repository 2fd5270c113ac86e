package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Span;
import org.retour.person.Referents.Referent;

/**
 * A run of referents read in place answers as a list of the same referents: size, elements, equality,
 * searches (null included); it cannot be changed.
 */
class ReferentRunTest {

    private static Referent[] referents(int n) {
        Referent[] out = new Referent[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Referent(new Span(10 * i, 10 * i + 5), null, null, Gender.UNKNOWN);
        }
        return out;
    }

    @Test
    void aRunAnswersAsAListOfItsReferents() {
        Referent[] all = referents(6);
        for (int from = 0; from <= all.length; from++) {
            for (int to = from; to <= all.length; to++) {
                List<Referent> copy = new ArrayList<>(List.of(all).subList(from, to));
                ReferentRun run = new ReferentRun(all, from, to);
                assertThat(run).containsExactlyElementsOf(copy);
                assertThat(run).isEqualTo(copy);
                assertThat(run.hashCode()).isEqualTo(copy.hashCode());
                assertThat(run.contains(null)).isFalse();
                assertThat(run.indexOf(null)).isEqualTo(-1);
                for (Referent r : all) {
                    assertThat(run.indexOf(r)).isEqualTo(copy.indexOf(r));
                }
            }
        }
    }

    @Test
    void aRunCannotBeChangedNorReadOutsideItself() {
        Referent[] all = referents(4);
        ReferentRun run = new ReferentRun(all, 1, 3);
        assertThatThrownBy(() -> run.add(all[0])).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> run.set(0, all[0])).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> run.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new ReferentRun(all, 3, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
