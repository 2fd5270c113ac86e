package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** One unknown capitalised word set off by an apposition with an indefinite article and a person's noun is a name. */
class ApposedDescriptionNameTest {

    private static List<String> persons(String text, String lang) {
        List<Entity> persons = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void aSingleUnknownNameWithAnIndefiniteAppositionIsAPerson() {
        assertThat(persons("The camera lingers on Dawud, a former electrician from Bradford, as he turns a cup.", "en"))
                .contains("Dawud");
        assertThat(persons("Le film suit Tarquenio, un ancien combattant de Roubaix, dans sa cuisine.", "fr"))
                .contains("Tarquenio");
        assertThat(persons("Der Film begleitet Ilkay, einen Rückkehrer aus Kiel, durch seinen Alltag.", "de"))
                .doesNotContain("Kiel");
    }

    @Test
    void aFrontedPhraseBeforeTheSubjectNamesNoOne() {
        assertThat(persons("In Ballymena, a returnee serving a sentence in a federal prison wrote to the court.", "en"))
                .isEmpty();
        assertThat(persons("The talk took place on Sunday, the man, who asked not to be named, said.", "en"))
                .doesNotContain("Sunday");
        assertThat(persons("Contactée par Mediapart, l'avocate de la famille, Me Julie Ferracci, dénonce l'enquête.", "fr"))
                .doesNotContain("Mediapart");
    }
}
