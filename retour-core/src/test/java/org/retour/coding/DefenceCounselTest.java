package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.quote.TestPipelines;

/**
 * A defence lawyer's quote about the client, beside words about returnees or defectors, tells the client's story
 * for them (« Il voulait revoir sa mère », a plaidé son avocate): testimony reported by the lawyer; the same words
 * from a prosecutor are an official's.
 */
class DefenceCounselTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Karim Benali, rentré de Syrie en 2019, est jugé depuis lundi à Paris. ",
                        "« Il voulait revoir sa mère, qui était malade », a plaidé son avocate, Me Claire Dumas.",
                        "« Il voulait revoir sa mère, qui était malade », a ironisé le procureur, Jean Morel."),
                Arguments.of("fr", "Nadia Ferhat, revenue de Syrie l'an dernier, comparaît devant le tribunal. ",
                        "« Là-bas, elle a eu faim pendant des mois », a expliqué son avocat, Me Paul Lenoir.",
                        "« Là-bas, elle a eu faim pendant des mois », a expliqué le procureur, Jean Morel."),
                Arguments.of("en", "Adam Reyes, who came back from Syria in 2019, was sentenced on Monday. ",
                        "\"He wanted to see his mother again,\" his lawyer, Sarah Cole, told the court.",
                        "\"He wanted to see his mother again,\" the prosecutor, Mark Dunn, told the court."),
                Arguments.of("de", "Karim B., der 2019 aus Syrien zurückgekehrt ist, steht seit Montag vor Gericht. ",
                        "„Er wollte seine Mutter wiedersehen“, sagte sein Verteidiger Jan Vogel.",
                        "„Er wollte seine Mutter wiedersehen“, sagte der Staatsanwalt Jan Vogel."));
    }

    private static boolean coded(String lang, String text, String sentence) {
        int at = text.indexOf(sentence) + 2;
        return RULES.code(TestPipelines.analyze(text, lang)).stream()
                .anyMatch(c -> c.span().start() <= at && c.span().end() > at && c.reportedBy() != null);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("languages")
    void aDefenceLawyersQuoteTellsTheClientsStoryAndAProsecutorsDoesNot(String lang, String context, String counsel,
                                                                        String prosecutor) {
        assertThat(coded(lang, context + counsel, counsel)).isTrue();
        assertThat(coded(lang, context + prosecutor, prosecutor)).isFalse();
    }
}
