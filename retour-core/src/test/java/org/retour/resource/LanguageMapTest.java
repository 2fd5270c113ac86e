package org.retour.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A language map answers as the map it wraps, whether the code asked is the same string or only an equal one. */
class LanguageMapTest {

    private static final Map<String, Set<String>> WRAPPED = Map.copyOf(Map.of("fr", Set.of("ans"), "en", Set.of("years"),
            "*", Set.of("y")));

    @Test
    void findsALanguageByIdentityOrByEquality() {
        Map<String, Set<String>> m = LanguageMap.of(WRAPPED);
        assertThat(m.get("fr")).isEqualTo(Set.of("ans"));
        assertThat(m.get(new String("en"))).isEqualTo(Set.of("years")); // an equal code, not the same string
        assertThat(m.get("*")).isEqualTo(Set.of("y"));
    }

    @Test
    void answersNoneForALanguageItDoesNotHaveAndThrowsForNone() {
        Map<String, Set<String>> m = LanguageMap.of(WRAPPED);
        assertThat(m.get("de")).isNull();
        assertThat(m.get(42)).isNull();
        assertThat(m.getOrDefault("de", Set.of())).isEmpty();
        assertThat(m.getOrDefault("fr", Set.of())).containsExactly("ans");
        assertThat(m.containsKey("ar")).isFalse();
        assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsTheEntriesAndOrderOfTheWrappedMap() {
        Map<String, Set<String>> m = LanguageMap.of(WRAPPED);
        assertThat(m).isEqualTo(WRAPPED).hasSize(3);
        assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(WRAPPED.keySet()));
        assertThat(LanguageMap.of(m)).isSameAs(m);
        assertThatThrownBy(() -> m.put("de", Set.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resourceLinesGiveLanguageMaps() {
        Map<String, Set<String>> m = ResourceLines.byLanguage(List.of("fr Ans", "en years", "fr an"), true);
        assertThat(m).isInstanceOf(LanguageMap.class);
        assertThat(m.get(new String("fr"))).containsExactlyInAnyOrder("ans", "an");
    }
}
