package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An English word contracted with its auxiliary ("You'd", "They'll", "Don’t") is no name though it opens
 * a clause before a verb of speech or starts with a given name, and a contracted third-person pronoun
 * ("She’d say", "He'll tell") is that pronoun, which takes up the person named before.
 */
class ContractedWordTest {

    private static List<String> persons(Analysis a) {
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aContractionBeforeASpeechVerbIsNoName() {
        Analysis a = TestPipelines.analyze("“You'd say one wrong word and they would report you,” Amina Yusuf said."
                + " “They'll never forget it.”", "en");
        assertThat(persons(a)).containsExactly("Amina Yusuf");
    }

    @Test
    void aGivenNameContractedIntoANegationIsNoName() {
        Analysis a = TestPipelines.analyze("“Don’t tell anyone I said that,” Omar Haddad told his cousin.", "en");
        assertThat(persons(a)).containsExactly("Omar Haddad");
    }

    @Test
    void aContractedPronounTakesUpThePersonBefore() {
        Analysis a = TestPipelines.analyze("Layla Hassan called her mother every week from the camp. She’d say:"
                + " “I want to come home.”", "en");
        assertThat(persons(a)).containsExactly("Layla Hassan");
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Layla Hassan");
    }

    @Test
    void aNameWithAnApostropheStaysAName() {
        assertThat(persons(TestPipelines.analyze("Sinéad O'Dowd said the hearing was over.", "en")))
                .containsExactly("Sinéad O'Dowd");
    }
}
