package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The development gold set in gold/dev: every file parses and every annotated text is in its body. */
class GoldDevSetTest {

    private static final Path DEV = Path.of("..", "gold", "dev");

    @Test
    void everyGoldFileParsesWithItsTextsInTheBody() {
        List<GoldDocument> docs = GoldReader.read(DEV);
        Map<String, Long> perLang = docs.stream().collect(Collectors.groupingBy(GoldDocument::lang, Collectors.counting()));
        assertThat(perLang).containsEntry("fr", 16L).containsEntry("en", 16L).containsEntry("de", 6L)
                .containsEntry("ar", 7L).hasSize(4);
        for (GoldDocument d : docs) {
            assertThat(d.quotes()).as(d.id()).isNotNull();
            assertThat(d.narratives()).as(d.id()).isNotNull();
            for (GoldQuote q : d.quotes()) {
                if (q.span() != null) {
                    assertThat(q.span().of(d.body())).isEqualTo(q.text());
                }
            }
            d.narratives().forEach(n -> assertThat(n.span().of(d.body())).isEqualTo(n.evidence()));
            if (d.lang().equals("fr") || d.lang().equals("en")) {
                assertThat(d.entities()).as(d.id() + " entities").isNotNull();
                assertThat(d.dates()).as(d.id() + " dates").isNotNull();
                assertThat(d.figures()).as(d.id() + " figures").isNotNull();
            }
        }
    }

    @Test
    void everyLanguageHasEveryCodeAndUnnamedDefectors() {
        List<GoldDocument> docs = GoldReader.read(DEV);
        for (String lang : List.of("fr", "en", "de", "ar")) {
            Set<String> codes = new TreeSet<>();
            boolean unnamed = false;
            for (GoldDocument d : docs) {
                if (d.lang().equals(lang)) {
                    d.narratives().forEach(n -> codes.add(n.code()));
                    unnamed |= d.quotes().stream().anyMatch(q -> q.speaker() == null && "defector".equals(q.speakerRole()));
                }
            }
            assertThat(codes).as(lang).containsExactly("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
            assertThat(unnamed).as(lang + " unnamed defector").isTrue();
        }
    }
}
