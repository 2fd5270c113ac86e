package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gold sets in gold/dev (development), gold/heldout, gold/test and gold/fresh (held out for final figures): every file
 * parses, every annotated text is in its body, every quote sits between quotation marks, and each set
 * covers every language, every narrative code and unnamed defectors.
 */
class GoldDevSetTest {

    /** Characters that may open or close a quotation (French, English, German, Swiss and Arabic usage). */
    private static final String MARKS = "«»“”„‚‘’\"'›‹";
    /** Spaces that may stand between a guillemet and the quoted words. */
    private static final String INNER_SPACES = " \u00A0\u202F";

    /**
     * The fewest articles of a language in a set from which it must quote an unnamed defector: two court
     * reports of returnees (gold/fresh's German) quote none.
     */
    private static final long MIN_ARTICLES_FOR_EVERY_VOICE = 3;

    /** One gold folder and the number of articles it must hold per language. */
    record GoldSet(String name, Path dir, Map<String, Long> perLang) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<GoldSet> sets() {
        return Stream.of(
                new GoldSet("dev", Path.of("..", "gold", "dev"), Map.of("fr", 610L, "en", 548L, "de", 63L, "ar", 55L)),
                new GoldSet("heldout", Path.of("..", "gold", "heldout"), Map.of("fr", 9L, "en", 9L, "de", 3L, "ar", 3L)),
                new GoldSet("test", Path.of("..", "gold", "test"), Map.of("fr", 7L, "en", 7L, "de", 3L, "ar", 3L)),
                new GoldSet("fresh", Path.of("..", "gold", "fresh"), Map.of("fr", 186L, "en", 146L, "de", 2L, "ar", 2L)));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyGoldFileParsesWithItsTextsInTheBody(GoldSet set) {
        List<GoldDocument> docs = GoldReader.read(set.dir());
        Map<String, Long> perLang = docs.stream().collect(Collectors.groupingBy(GoldDocument::lang, Collectors.counting()));
        assertThat(perLang).isEqualTo(set.perLang());
        for (GoldDocument d : docs) {
            assertThat(d.quotes()).as(d.id()).isNotNull();
            assertThat(d.narratives()).as(d.id()).isNotNull();
            for (GoldQuote q : d.quotes()) {
                if (q.span() != null) {
                    assertThat(q.span().of(d.body())).isEqualTo(q.text());
                }
            }
            d.narratives().forEach(n -> assertThat(n.span().of(d.body())).isEqualTo(n.evidence()));
            if (!d.lang().equals("ar")) {
                assertThat(d.entities()).as(d.id() + " entities").isNotNull();
                assertThat(d.dates()).as(d.id() + " dates").isNotNull();
                assertThat(d.figures()).as(d.id() + " figures").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyBodyQuoteSitsBetweenQuotationMarks(GoldSet set) {
        for (GoldDocument d : GoldReader.read(set.dir())) {
            for (GoldQuote q : d.quotes()) {
                if (q.span() == null) {
                    continue;
                }
                String body = d.body();
                int before = q.span().start() - 1;
                while (before >= 0 && INNER_SPACES.indexOf(body.charAt(before)) >= 0) {
                    before--;
                }
                int after = q.span().end();
                while (after < body.length() && INNER_SPACES.indexOf(body.charAt(after)) >= 0) {
                    after++;
                }
                String where = d.id() + ": " + q.text();
                assertThat(before).as(where).isGreaterThanOrEqualTo(0);
                assertThat(after).as(where).isLessThan(body.length());
                // a dialogue in one pair of « » gives each turn, opened by a dash (at the start of its line, or
                // inline: « — Question ? — Answer. ») and ended by the end of its paragraph, the next turn's dash or
                // the closing mark, as a quote of its own
                boolean turnStart = isDash(body.charAt(before))
                        && (before == 0 || body.charAt(before - 1) == '\n' || inlineTurn(body, before));
                assertThat(turnStart || MARKS.indexOf(body.charAt(before)) >= 0).as("opening mark of " + where).isTrue();
                boolean turnEnd = isDash(body.charAt(after)) && inlineTurn(body, after);
                assertThat(turnEnd || body.charAt(after) == '\n' || MARKS.indexOf(body.charAt(after)) >= 0)
                        .as("closing mark of " + where).isTrue();
            }
        }
    }

    private static boolean isDash(char c) {
        return c == '–' || c == '—';
    }

    /** Whether the dash at {@code at} opens an inline dialogue turn: inside « » whose first words are a dash. */
    private static boolean inlineTurn(String body, int at) {
        int open = body.lastIndexOf('«', at);
        int close = body.lastIndexOf('»', at);
        if (open < 0 || close > open || body.lastIndexOf('\n', at) > open) {
            return false;
        }
        int first = open + 1;
        while (first < at && INNER_SPACES.indexOf(body.charAt(first)) >= 0) {
            first++;
        }
        return isDash(body.charAt(first));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyLanguageHasEveryCodeAndUnnamedDefectors(GoldSet set) {
        List<GoldDocument> docs = GoldReader.read(set.dir());
        for (String lang : List.of("fr", "en", "de", "ar")) {
            Set<String> codes = new TreeSet<>();
            boolean unnamed = false;
            for (GoldDocument d : docs) {
                if (d.lang().equals(lang)) {
                    d.narratives().forEach(n -> codes.add(n.code()));
                    unnamed |= d.quotes().stream().anyMatch(q -> q.speaker() == null && "defector".equals(q.speakerRole()));
                }
            }
            assertThat(codes).as(set + " " + lang).containsExactly("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
            if (set.perLang().get(lang) >= MIN_ARTICLES_FOR_EVERY_VOICE) {
                assertThat(unnamed).as(set + " " + lang + " unnamed defector").isTrue();
            }
        }
    }

    @Test
    void heldOutSetsShareNoArticleWithTheDevelopmentSetOrEachOther() {
        Set<String> ids = new TreeSet<>();
        Set<String> bodies = new HashSet<>();
        for (GoldSet set : sets().toList()) {
            for (GoldDocument d : GoldReader.read(set.dir())) {
                assertThat(ids.add(d.id())).as(set + " id " + d.id()).isTrue();
                assertThat(bodies.add(d.body())).as(set + " body of " + d.id()).isTrue();
            }
        }
    }
}
