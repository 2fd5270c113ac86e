package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A relative clause of place (« où », "where") ends a role: the person named inside it is told of by the
 * role's holder and holds no part of that role, and the holder's role stops before it.
 */
class PlaceRelativeRoleTest {

    private static Entity person(String text, String lang, String name) {
        Analysis a = TestPipelines.analyze(text, lang);
        List<Entity> persons = a.get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void aNameInsideAFrenchPlaceClauseTakesNoRoleFromIt() {
        String text = "Grégoire Lefèvre, 41 ans, est jugé à Paris. Le colonel Hervé Dumas, commandant de la compagnie"
                + " de gendarmerie d'Évreux où Lefèvre avait servi, est venu témoigner.";
        assertThat(person(text, "fr", "Grégoire Lefèvre").role()).isNull();
        assertThat(person(text, "fr", "Hervé Dumas").role()).isEqualTo("commandant de la compagnie de gendarmerie d'Évreux");
    }

    @Test
    void anEnglishRoleStopsBeforeWhere() {
        String text = "Daniel Hughes, 29, went on trial on Monday. Alan Reid, commander of the barracks in Aldershot"
                + " where Hughes had trained, gave evidence.";
        assertThat(person(text, "en", "Alan Reid").role()).isEqualTo("commander of the barracks in Aldershot");
        assertThat(person(text, "en", "Daniel Hughes").role()).isNull();
    }

    @Test
    void theSurnameAloneInsideTheClauseKeepsItsPersonFreeOfTheRole() {
        String text = "Jugée depuis lundi, Nadège Morel, 35 ans, a raconté son départ. La directrice Sophie Brun,"
                + " responsable du lycée de Bayeux où Morel était surveillante, est venue témoigner.";
        assertThat(person(text, "fr", "Nadège Morel").role()).doesNotContain("responsable"); // her own: « surveillante »
    }
}
