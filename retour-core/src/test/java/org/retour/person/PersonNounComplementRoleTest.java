package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An apposition after a name that complements a person's noun ("Le frère de Nadia K., cité comme témoin")
 * tells who that other person is: it is not the named person's role.
 */
class PersonNounComplementRoleTest {

    private static Entity person(Analysis a, String name) {
        return a.get(Layers.PERSONS).stream().filter(p -> p.canonical().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theAppositionAfterAKinNounsComplementIsNotTheNamedPersonsRole() {
        Analysis a = TestPipelines.analyze("Le frère de Nadia K., cité comme témoin, a décrit ses appels.", "fr");
        assertThat(person(a, "Nadia K.").role()).isNull();
    }

    @Test
    void aDescriptionOfTheNamedWomanThenStandsForHer() {
        Analysis a = TestPipelines.analyze("Nadia K. est jugée depuis mardi à Lausanne. Le frère de Nadia K., cité comme"
                + " témoin, a décrit ses appels. Devant la cour, la jeune femme a parlé longtemps. « On avait faim »,"
                + " a-t-elle dit.", "fr");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Nadia K.");
    }

    @Test
    void anAppositionAfterANameThatComplementsNoPersonStaysItsRole() {
        Analysis a = TestPipelines.analyze("Le procès de Karim Haddad, ancien chauffeur, s'ouvre lundi.", "fr");
        assertThat(person(a, "Karim Haddad").role()).isEqualTo("ancien chauffeur");
    }
}
