package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A role at the end of a subordinate clause that opens the sentence ("After a strike killed a local commander,")
 * belongs to someone in that clause, not to the person named after its comma, who opens the main clause.
 */
class SubordinateClauseRoleTest {

    private static Entity person(String text, String lang, String name) {
        Analysis a = TestPipelines.analyze(text, lang);
        List<Entity> persons = a.get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void theCommanderKilledInTheOpeningClauseIsNoRoleOfTheSubject() {
        assertThat(person("After an air strike killed a local commander, Samir Haddad and two other Belgians were held"
                + " for a month.", "en", "Samir Haddad").role()).isNull();
    }

    @Test
    void theClauseMayFollowAnOpeningPhrase() {
        assertThat(person("In the spring, after the court heard a police officer, Adam Price left the room.", "en",
                "Adam Price").role()).isNull();
    }

    @Test
    void frenchClausesOpenedByQuandOrApresQue() {
        assertThat(person("Quand les combattants ont tué le commandant local, Karim Benali a fui vers la Turquie.", "fr",
                "Karim Benali").role()).isNull();
        assertThat(person("Après qu’un drone a tué leur émir, Yanis Ferhat a quitté Raqqa.", "fr", "Yanis Ferhat").role())
                .isNull();
    }

    @Test
    void aNameClosedByACommaStaysInApposition() {
        assertThat(person("Since 2019 the spokesman, Jan Peeters, has declined to comment.", "en", "Jan Peeters").role())
                .isEqualTo("spokesman");
    }
}
