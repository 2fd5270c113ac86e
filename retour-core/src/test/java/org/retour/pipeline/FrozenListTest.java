package org.retour.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Document;
import org.retour.model.Sentence;

class FrozenListTest {

    @Test
    void readsAsTheListItWasMadeFrom() {
        List<String> source = new ArrayList<>(List.of("l'", "EIIL", "a-t-il", "🇫🇷", "الدولة"));
        List<String> frozen = FrozenList.copyOf(source);
        assertThat(frozen).isEqualTo(source).isEqualTo(List.copyOf(source));
        assertThat(frozen.hashCode()).isEqualTo(source.hashCode());
        assertThat(frozen.indexOf("a-t-il")).isEqualTo(2);
        assertThat(frozen.contains("الدولة")).isTrue();
        assertThat(frozen.subList(1, 3)).containsExactly("EIIL", "a-t-il");
        List<String> walked = new ArrayList<>();
        frozen.forEach(walked::add);
        assertThat(walked).isEqualTo(source);
    }

    @Test
    void refusesChangesAndNulls() {
        List<String> frozen = FrozenList.handOver(new String[] {"a", "b"});
        assertThatThrownBy(() -> frozen.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> FrozenList.handOver(new String[] {"a", null})).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isStoredByAnAnalysisWithoutACopyWhileOtherListsAreCopied() {
        Analysis a = Analysis.of(Document.of("Le texte."));
        FrozenList<Sentence> frozen = FrozenList.handOver(new Sentence[0]);
        assertThat(a.with(Layers.SENTENCES, frozen).get(Layers.SENTENCES)).isSameAs(frozen);
        List<Sentence> open = new ArrayList<>();
        assertThat(a.with(Layers.SENTENCES, open).get(Layers.SENTENCES)).isNotSameAs(open);
    }
}
