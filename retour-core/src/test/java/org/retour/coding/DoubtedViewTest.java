package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A view given by denying or doubting one's own belief (« Je ne crois pas que… », "I don't think…", „Ich
 * bezweifle, dass…“) is the speaker's own opinion like "I think": a psychologist's or a neighbour's quote with it
 * is their analysis, not a former fighter's testimony; the same words in the first person without it still are.
 */
class DoubtedViewTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Des dizaines de femmes sont rentrées de Syrie cette année. ",
                        "Je ne crois pas que les coups les aient retournées. C'était la faim",
                        "Chez nous, c'était la faim", "dit"),
                Arguments.of("en", "Dozens of women have come back from Syria this year. ",
                        "I don't think the beatings turned them. It was hunger",
                        "For us it was hunger", "said"),
                Arguments.of("en", "Dozens of women have come back from Syria this year. ",
                        "I doubt the beatings turned them. It was hunger",
                        "For us it was hunger", "said"),
                Arguments.of("de", "Dutzende Frauen sind in diesem Jahr aus Syrien zurückgekehrt. ",
                        "Ich bezweifle, dass die Schläge sie umgedreht haben. Es war der Hunger",
                        "Bei uns war es der Hunger", "sagt"));
    }

    private static List<Coding> code(String lang, String context, String quote, String cue) {
        String text = context + "«" + quote + "», " + cue + " Aliya Serikova.";
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Aliya Serikova", Voice.OTHER), cue)
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("languages")
    void aDoubtedOrDeniedBeliefIsTheSpeakersOwnView(String lang, String context, String doubted, String own, String cue) {
        assertThat(code(lang, context, doubted, cue)).filteredOn(c -> "Q1".equals(c.quote())).isEmpty();
        assertThat(code(lang, context, own, cue)).filteredOn(c -> "Q1".equals(c.quote())).extracting(Coding::code)
                .contains("N4");
    }
}
