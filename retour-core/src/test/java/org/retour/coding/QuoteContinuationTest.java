package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Voice;

/**
 * A quote nobody is named for, right after a former fighter's own quote, goes on with his words ("Puis des
 * habitants. « Dans la rue, ils… »"); after an official's quote, or far from the fighter's, it stays nobody's.
 */
class QuoteContinuationTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "J'ai passé deux ans là-bas et je n'en parle pas souvent", "raconte Hamza.",
                        "Puis des habitants.", "Dans la rue, ils coupaient les mains des voleurs", "Le café ferme tard."),
                Arguments.of("en", "I spent two years there and I rarely talk about it", "says Hamza.",
                        "Then the townspeople.", "In the street they cut off the hands of thieves", "The café closes late."),
                Arguments.of("de", "Ich war zwei Jahre dort und rede selten darüber", "sagt Hamza.",
                        "Dann die Bewohner.", "Auf der Straße haben sie Dieben die Hände abgehackt", "Das Café schließt spät."));
    }

    private static List<Coding> second(String lang, String first, String cue, String between, String next, int fillers,
                                       String filler, Voice voice) {
        StringBuilder text = new StringBuilder("«" + first + "», " + cue + " ");
        for (int i = 0; i < fillers; i++) {
            text.append(filler).append(' ');
        }
        text.append(between).append(" «").append(next).append("»");
        String t = text.toString();
        var a = new Fixtures.Quotes(t).add(first, Fixtures.speaker("Hamza", voice), cue).add(next, null, null)
                .on(Fixtures.analyse(t, lang));
        return RULES.code(a).stream().filter(c -> "Q2".equals(c.quote())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anUnattributedQuoteRightAfterAReturneesQuoteIsHisTestimony(String lang, String first, String cue, String between,
                                                                    String next, String filler) {
        assertThat(second(lang, first, cue, between, next, 0, filler, Voice.RETURNEE))
                .extracting(Coding::code, Coding::holder).contains(org.assertj.core.groups.Tuple.tuple("N2", "returnee"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anUnattributedQuoteAfterAnOfficialOrFarFromTheReturneeIsNot(String lang, String first, String cue, String between,
                                                                     String next, String filler) {
        assertThat(second(lang, first, cue, between, next, 0, filler, Voice.OFFICIAL)).isEmpty();
        assertThat(second(lang, first, cue, between, next, 4, filler, Voice.RETURNEE)).isEmpty();
    }
}
