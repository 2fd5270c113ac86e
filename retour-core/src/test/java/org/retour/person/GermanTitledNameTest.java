package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * In German, which capitalises every noun, a title noun before two capitalised words whose given name no lexicon
 * lists gives the person's name and role ("Bundesanwalt Jens Kröger").
 */
class GermanTitledNameTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "de").get(Layers.PERSONS);
    }

    @Test
    void aTitleNounBeforeAnUnknownGivenNameAndSurnameMakesAPersonWithThatRole() {
        List<Entity> p = persons("„Wir wussten es nicht“, sagte Bundesanwalt Jorrit Kröger am Montag.");
        assertThat(p).extracting(Entity::canonical, Entity::role).containsExactly(Tuple.tuple("Jorrit Kröger", "Bundesanwalt"));
    }

    @Test
    void aTitleNounAfterItsArticleCountsToo() {
        List<Entity> p = persons("Der Terrorismusforscher Jorrit Kraus von der Universität Wien warnt davor.");
        assertThat(p).extracting(Entity::canonical).containsExactly("Jorrit Kraus");
    }

    @Test
    void aTitleNounBeforeOneWordOnlyOrBeforeAnotherNounMakesNoPerson() {
        assertThat(persons("Die Bundesanwaltschaft Karlsruhe erhob Anklage.")).isEmpty();
        assertThat(persons("Der Staatsanwalt Anklage erhob nicht.")).isEmpty();
    }

    @Test
    void anAdjectivalNounBeforeTheTitleBelongsToTheTitle() {
        List<Entity> p = persons("Die Vorsitzende Richterin Jorinde Hansen hakte nach.");
        assertThat(p).extracting(Entity::canonical, Entity::role)
                .containsExactly(Tuple.tuple("Jorinde Hansen", "Vorsitzende Richterin"));
    }
}
