package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A role before a name after a participle and its agent's preposition is the noun alone, not the participle. */
class AgentPhraseRoleTest {

    private static Entity person(String text, String lang, String name) {
        List<Entity> persons = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void theRoleAfterLedByIsTheNounAlone() {
        assertThat(person("The team, led by criminologist Nadia Rahman, interviewed 35 returnees.", "en",
                "Nadia Rahman").role()).isEqualTo("criminologist");
        assertThat(person("The unit, headed by prosecutor Anne Martin, opened the case in 2019.", "en",
                "Anne Martin").role()).isEqualTo("prosecutor");
    }

    @Test
    void aNounBeforeThePrepositionStillHeadsTheRole() {
        assertThat(person("Le directeur de l'ICSR Peter Neumann a publié une étude sur les déserteurs.", "fr",
                "Peter Neumann").role()).isEqualTo("directeur de l'ICSR");
        assertThat(person("L'étude, menée par le chercheur Étienne Girard, a été publiée.", "fr",
                "Étienne Girard").role()).isEqualTo("chercheur");
    }
}
