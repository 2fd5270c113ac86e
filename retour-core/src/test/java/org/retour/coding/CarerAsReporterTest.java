package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.quote.TestPipelines;

/**
 * Those who treat or study returnees (a psychologist, psychiatrist, therapist, sociologist) speak of others by
 * trade: their reported speech is their own view, while a neighbour's reported speech in the same place is testimony.
 */
class CarerAsReporterTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Des dizaines de femmes sont rentrées de Syrie cette année. ",
                        "La psychologue raconte que la faim les a épuisées.", "La voisine raconte que la faim les a épuisées."),
                Arguments.of("en", "Dozens of women have come back from Syria this year. ",
                        "The psychiatrist said she had seen hunger in all of them.", "The neighbour said she had seen hunger in all of them."),
                Arguments.of("en", "Dozens of women have come back from Syria this year. ",
                        "The sociologist said she had seen hunger in all of them.", "The neighbour said she had seen hunger in all of them."),
                Arguments.of("de", "Dutzende Frauen sind in diesem Jahr aus Syrien zurückgekehrt. ",
                        "Die Psychologin erzählt, sie habe bei allen den Hunger gesehen.",
                        "Die Nachbarin erzählt, sie habe bei allen den Hunger gesehen."));
    }

    private static boolean coded(String lang, String text, String sentence) {
        int at = text.indexOf(sentence);
        return RULES.code(TestPipelines.analyze(text, lang)).stream()
                .anyMatch(c -> c.code().equals("N4") && c.span().start() <= at && c.span().end() > at);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("languages")
    void aCarersReportedSpeechIsHerOwnViewAndANeighboursIsTestimony(String lang, String context, String carer, String neighbour) {
        assertThat(coded(lang, context + carer, carer)).isFalse();
        assertThat(coded(lang, context + neighbour, neighbour)).isTrue();
    }
}
