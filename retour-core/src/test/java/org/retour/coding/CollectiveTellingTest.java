package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.quote.TestPipelines;

/**
 * Many telling the same with a plural subject ("They describe…", « D'autres racontent… », „Sie schildern …“) at most
 * two sentences from words about defectors or returnees are those people's testimony, in narration and in someone's
 * quote; beside words about nobody who left, the same sentence is nobody's testimony.
 */
class CollectiveTellingTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Une quarantaine de revenantes sont suivies par l'association depuis 2019. ",
                        "Les bénévoles de l'association se réunissent chaque mardi. ",
                        "Elles racontent la faim et le froid des derniers mois."),
                Arguments.of("fr", "Plusieurs anciens combattants ont été entendus par les enquêteurs. ",
                        "Plusieurs gendarmes ont été entendus par le tribunal. ",
                        "D'autres ont évoqué la faim pendant le siège de Baghouz."),
                Arguments.of("fr", "Plusieurs femmes rentrées de Syrie ont été entendues par la chercheuse. ",
                        "Plusieurs bénévoles ont été entendues par la chercheuse. ",
                        "« Elles disent toutes la même chose : la faim, le froid, la peur », résume-t-elle."),
                Arguments.of("en", "Dozens of former fighters were interviewed for the study. ",
                        "Dozens of volunteers were interviewed for the study. ",
                        "\"They describe hunger and cold in the last months,\" the author said."),
                Arguments.of("en", "The defectors were held in a camp near Hasakah. ",
                        "The nurses were working in a clinic near Hasakah. ",
                        "They would tell us about the hunger of the last winter."),
                Arguments.of("de", "Für die Studie wurden Dutzende Aussteiger befragt. ",
                        "Für die Studie wurden Dutzende Helfer befragt. ",
                        "Sie schildern Hunger und Kälte in den letzten Monaten."));
    }

    private static boolean coded(String lang, String text, String sentence) {
        int at = text.indexOf(sentence) + 3;
        return RULES.code(TestPipelines.analyze(text, lang)).stream()
                .anyMatch(c -> c.code().equals("N4") && c.span().start() <= at && c.span().end() > at);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("languages")
    void manyTellingTheSameBesideDefectorsIsTheirTestimony(String lang, String defectors, String others, String telling) {
        assertThat(coded(lang, defectors + telling, telling)).isTrue();
        assertThat(coded(lang, others + telling, telling)).isFalse();
    }
}
