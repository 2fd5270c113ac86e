package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;

/**
 * One person's reported speech in its plainest forms is testimony in an article about returnees: « Anouar
 * raconte que… », a German Konjunktiv with its subject after the verb („habe seine Einheit…“), and the Arabic
 * "عاد … من سوريا" that makes a man a returnee; the same sentence in an article about no returnee, or with a
 * minister as its subject, is not.
 */
class PlainReportedSpeechTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("fr", "N3", "Trois hommes sont rentrés de Syrie l'an dernier. ",
                        "Anouar raconte que les chefs faisaient enfermer des combattants sur un simple soupçon d'espionnage.",
                        "Le ministre raconte que les chefs faisaient enfermer des combattants sur un simple soupçon d'espionnage."),
                Arguments.of("de", "N1", "Yunus ist 2016 aus Syrien zurückgekehrt. ",
                        "Statt gegen Assad habe seine Einheit monatelang gegen andere Rebellen gekämpft.", null),
                Arguments.of("ar", "N3", "عاد الشاب من سوريا قبل عامين. ",
                        "ويروي أن أمير القاطع كان يمنعنا من التدخين ويدخن في سيارته.", null));
    }

    private static List<String> codesOf(String lang, String text, String sentence) {
        int from = text.indexOf(sentence);
        return RULES.code(new Fixtures.Quotes(text).on(Fixtures.analyse(text, lang))).stream()
                .filter(c -> c.quote() == null && c.span().start() >= from).map(Coding::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void reportedSpeechInAnArticleAboutAReturneeIsHisTestimony(String lang, String code, String context, String sentence,
                                                               String reporter) {
        assertThat(codesOf(lang, context + sentence, sentence)).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void theSameSentenceWithoutAReturneeOrFromAMinisterIsNot(String lang, String code, String context, String sentence,
                                                             String reporter) {
        assertThat(codesOf(lang, sentence, sentence)).doesNotContain(code);
        if (reporter != null) {
            assertThat(codesOf(lang, context + reporter, reporter)).doesNotContain(code);
        }
    }
}
