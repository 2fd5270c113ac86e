package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * Testimony passed on by those who heard it: what someone told investigators, accounts an officer hears
 * again and again, what some of the interviewees talk about, and an answer given to a question; the same
 * words as an officer's own remark are not testimony.
 */
class HeardTestimonyTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    private static List<String> officerQuote(String text, String quote) {
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Dana Whitlow", Voice.OFFICIAL), "said")
                .on(Fixtures.analyse(text, "en"));
        return RULES.code(a).stream().map(Coding::code).toList();
    }

    @Test
    void whatAManToldInvestigatorsIsTestimony() {
        assertThat(narration("Another man told investigators that his emir sold the flour meant for the families.", "en"))
                .contains("N3");
    }

    @Test
    void whatSomeoneToldTheInvestigatorsInFrenchIsTestimony() {
        assertThat(narration("Un autre a raconté aux enquêteurs que les chefs revendaient la farine de l'aide.", "fr"))
                .contains("N3");
    }

    @Test
    void accountsAnOfficerHearsAgainAndAgainAreTestimony() {
        String quote = "We hear it again and again: the town was retaken and they were falling back every week";
        String text = "Dana Whitlow leads the interviews. \"" + quote + ",\" she said.";
        assertThat(officerQuote(text, quote)).contains("N6");
    }

    @Test
    void theSameWordsAsTheOfficersOwnRemarkAreNotTestimony() {
        String quote = "The town was retaken and they were falling back every week";
        String text = "Dana Whitlow leads the interviews. \"" + quote + ",\" she said.";
        assertThat(officerQuote(text, quote)).doesNotContain("N6");
    }

    @Test
    void anAnswerGivenInNarrationIsTestimony() {
        assertThat(narration("Ein ehemaliger Kämpfer antwortete, dass sie jede Woche ein Dorf verloren hätten.", "de"))
                .contains("N6");
    }
}
