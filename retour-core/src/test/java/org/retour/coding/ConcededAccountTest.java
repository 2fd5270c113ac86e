package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.quote.TestPipelines;

/**
 * One person's account conceded, insisted on or recalled in narration (« Yanis admet que… », "Karim acknowledges
 * that…", „Er räumt ein, dass…“) is reported testimony in an article about defectors, unless its subject is an
 * official or researcher.
 */
class ConcededAccountTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Des dizaines de combattants ont déserté l'organisation en 2016. ",
                        "Yanis admet que les émirs vivaient dans des villas pendant qu'on faisait la queue pour le pain.",
                        "Le procureur admet que les émirs vivaient dans des villas pendant qu'on faisait la queue pour le pain."),
                Arguments.of("en", "Dozens of fighters defected from the group in 2016. ",
                        "Karim acknowledges that the emirs lived in villas while the fighters queued for bread.",
                        "The prosecutor acknowledges that the emirs lived in villas while the fighters queued for bread."),
                Arguments.of("en", "Dozens of fighters defected from the group in 2016. ",
                        "Karim insisted that the emirs lived in villas while the fighters queued for bread.",
                        "The minister insisted that the emirs lived in villas while the fighters queued for bread."),
                Arguments.of("de", "Dutzende Kämpfer sind 2016 desertiert. ",
                        "Karim räumt ein, dass die Führung korrupt und unislamisch war.",
                        "Der Staatsanwalt räumt ein, dass die Führung korrupt und unislamisch war."));
    }

    private static boolean reportedCoded(String lang, String text, String sentence) {
        int at = text.indexOf(sentence);
        return RULES.code(TestPipelines.analyze(text, lang)).stream().anyMatch(c -> c.code().equals("N3")
                && c.span().start() == at && c.span().end() == at + sentence.length() && c.quote() == null);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("languages")
    void aConcededAccountIsReportedTestimonyUnlessAnOfficialConcedesIt(String lang, String context, String own, String official) {
        assertThat(reportedCoded(lang, context + own, own)).isTrue();
        assertThat(reportedCoded(lang, context + official, official)).isFalse();
    }
}
