package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A first-person quote with words of someone who saw or was sent ("on nous envoyait", "I saw") is a former fighter's
 * testimony even when it is given to an official; the official's own view in the first person is not.
 */
class WitnessQuoteTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<Coding> code(String lang, String lead, String words) {
        String text = lead + "«" + words + "», a déclaré Jean Dupont.";
        Analysis a = new Fixtures.Quotes(text).add(words, Fixtures.speaker("Jean Dupont", Voice.OFFICIAL), "a déclaré")
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a);
    }

    @Test
    void aWitnessQuoteGivenToAnOfficialIsTestimony() {
        assertThat(code("fr", "Le procès s'est ouvert lundi. ",
                "Là-bas, un Algérien valait moins qu'un Saoudien. On nous envoyait en première ligne"))
                .filteredOn(c -> "Q1".equals(c.quote())).extracting(Coding::code).contains("N5");
        assertThat(code("en", "The trial opened on Monday. ",
                "I saw them shoot a boy in the back because he tried to reach the border"))
                .filteredOn(c -> "Q1".equals(c.quote())).extracting(Coding::code).contains("N7");
    }

    @Test
    void anOfficialsOwnViewInTheFirstPersonIsNot() {
        assertThat(code("fr", "Le procès s'est ouvert lundi. ",
                "Je pense qu'on nous envoyait en première ligne parce que nous étions jeunes"))
                .filteredOn(c -> "Q1".equals(c.quote())).isEmpty();
        assertThat(code("fr", "Le procès s'est ouvert lundi. ",
                "Un Algérien valait moins qu'un Saoudien et on les envoyait en première ligne"))
                .filteredOn(c -> "Q1".equals(c.quote())).isEmpty();
    }
}
