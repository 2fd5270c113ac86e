package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of an array lists the elements between its bounds, in order, and no other. */
class ArrayRunTest {

    private static final Object[] ELEMENTS = {"a", "b", "c", "d", "e"};

    @Test
    void aRunListsTheElementsBetweenItsBoundsInOrder() {
        List<String> run = new ArrayRun<>(ELEMENTS, 1, 4);
        assertThat(run).containsExactly("b", "c", "d");
        assertThat(run).isEqualTo(List.of("b", "c", "d"));
        assertThat(run.hashCode()).isEqualTo(List.of("b", "c", "d").hashCode());
        assertThat(new ArrayRun<String>(ELEMENTS, 2, 2)).isEmpty();
    }

    @Test
    void aRunReadsNoElementOutsideItsBoundsAndCannotBeChanged() {
        List<String> run = new ArrayRun<>(ELEMENTS, 1, 3);
        assertThatThrownBy(() -> run.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ArrayRun<String>(ELEMENTS, 3, 6)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
