package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;

/**
 * What a former fighter described or admitted to those who questioned him is testimony even when his lawyer tells it
 * ("a fact he described to investigators", « ce qu'il a décrit aux enquêteurs »), and a pronoun subject's reported
 * speech without "that" ("He said his unit…") reports his account.
 */
class AccountToInvestigatorsTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    @Test
    void whatHeDescribedToInvestigatorsIsTestimony() {
        assertThat(narration("The lawyer spoke for twenty minutes. The Iraqis were paid more than the Europeans, a fact "
                + "he described to investigators in his first interview.", "en")).contains("N5");
        assertThat(narration("L'avocate a plaidé vingt minutes. Les Irakiens étaient payés plus que nous, ce qu'il a "
                + "décrit aux enquêteurs dès sa garde à vue.", "fr")).contains("N5");
    }

    @Test
    void aPronounSubjectsSpeechWithoutThatReportsHisAccount() {
        assertThat(narration("Tom Reyes returned from Syria in 2019. He said his unit was paid less than the Iraqis.", "en"))
                .contains("N5");
    }

    @Test
    void anOfficialsOwnSpeechWithoutThatStaysHis() {
        assertThat(narration("The minister Paul Girard visited the camp. He said his staff were paid less than the "
                + "Iraqis.", "en")).doesNotContain("N5");
    }
}
