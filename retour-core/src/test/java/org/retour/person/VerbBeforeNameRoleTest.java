package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A subject's role followed by a verb whose object is the person named after it (« Une assistante sociale du SPIP suit
 * Mehdi Karroum ») is the subject's role, not the named person's.
 */
class VerbBeforeNameRoleTest {

    private static Entity person(String text, String name) {
        List<Entity> persons = TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void theNamedObjectOfAVerbTakesNoRoleFromTheSubject() {
        assertThat(person("Une assistante sociale du SPIP suit Mehdi Karroum depuis sa sortie de détention.",
                "Mehdi Karroum").role()).isNull();
        assertThat(person("Un éducateur de la protection judiciaire accompagne Yanis Belkacem chaque semaine.",
                "Yanis Belkacem").role()).isNull();
    }

    @Test
    void aRoleRightBeforeANameStillTitlesIt() {
        assertThat(person("Le directeur de l'ICSR Peter Neumann a publié une étude sur les déserteurs.",
                "Peter Neumann").role()).isEqualTo("directeur de l'ICSR");
    }
}
