package org.retour.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Word lists of the form "lang kind word…" read into each language's words with their kinds. */
class KindsByLanguageTest {

    enum Kind { GROUP, INSIDER }

    @Test
    void wordsAreLowerCasedAndKeptPerLanguageWithTheirKind() {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(
                List.of("en group ISIS Daesh", "fr insider Émir"), Kind.class, "test", false);
        assertThat(m.get("en")).containsEntry("isis", Kind.GROUP).containsEntry("daesh", Kind.GROUP);
        assertThat(m.get("fr")).containsEntry("émir", Kind.INSIDER);
    }

    @Test
    void aWordListedAgainKeepsItsFirstKindUnlessTheLaterWins() {
        List<String> lines = List.of("en group caliphate", "en insider caliphate");
        assertThat(ResourceLines.kindsByLanguage(lines, Kind.class, "test", false).get("en").get("caliphate"))
                .isEqualTo(Kind.GROUP);
        assertThat(ResourceLines.kindsByLanguage(lines, Kind.class, "test", true).get("en").get("caliphate"))
                .isEqualTo(Kind.INSIDER);
    }

    @Test
    void aLineWithoutAWordOrWithAnUnknownKindIsRefused() {
        assertThatThrownBy(() -> ResourceLines.kindsByLanguage(List.of("en group"), Kind.class, "test", false))
                .hasMessage("test line needs 'lang kind word…': en group");
        assertThatThrownBy(() -> ResourceLines.kindsByLanguage(List.of("en rank emir"), Kind.class, "test", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test line has a kind not among [group, insider]: en rank emir");
    }
}
