package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;
import org.retour.speaker.SpeechCues;

/**
 * A partitive that is the subject of a copula whose complement is one word that names no person ("Another is
 * rank.", « L’une d’elles est la peur. ») counts things, not people: it is no description of a person, and the
 * quote that follows goes to the person named after it.
 */
class ThingPartitiveTest {

    private static List<String> descriptions(String text, String lang) {
        List<Token> tokens = TestPipelines.analyze(text, lang).get(Layers.TOKENS);
        return new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()).find(text, tokens, lang).stream()
                .map(PersonDescription::text).toList();
    }

    @Test
    void anotherIsAnAbstractNounCountsThings() {
        assertThat(descriptions("One complaint is money. Another is rank. One of them is a nurse.", "en"))
                .contains("One of them").doesNotContain("Another");
        assertThat(descriptions("Another was boredom; one of them was a former soldier.", "en"))
                .contains("one of them").doesNotContain("Another");
    }

    @Test
    void uneAutreEstLaPeurNeDecritPersonne() {
        assertThat(descriptions("Une raison revient souvent. Une autre est la peur. L’un d’eux est infirmier.", "fr"))
                .contains("L’un d’eux").doesNotContain("Une autre");
        assertThat(descriptions("L’une d’elles était l’argent.", "fr")).isEmpty();
    }

    @Test
    void theQuoteAfterAThingPartitiveGoesToThePersonNamedAfterIt() {
        List<Quote> q = TestPipelines.analyze("The reasons they give vary. Another is rank. Karim, a Belgian whom I met"
                + " in Brussels, laughed when I asked. \"The Chechens had their own houses,\" he said.", "en")
                .get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Karim");
    }

    @Test
    void lesMotsApresUneAutreEstLaFaimSontDeSamir() {
        List<Quote> q = TestPipelines.analyze("Les raisons varient. Une autre est la faim. Samir, un Lyonnais rencontré"
                + " à Bruxelles, sourit quand je lui pose la question. « On mangeait du pain sec », dit-il.", "fr")
                .get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Samir");
    }
}
