package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** "Nobody", "Just" or "When I" opening a sentence before a speech verb is no one's name. */
class NegativePronounTest {

    @Test
    void nobodyBeforeASpeechVerbIsNoPerson() {
        List<Entity> p = TestPipelines.analyze("\"We waited for weeks. Nobody told us where the trucks went,\" "
                + "said Karim Haddad.", "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Karim Haddad");
    }

    @Test
    void aConjunctionAndAPronounBeforeASpeechVerbAreNoPerson() {
        List<Entity> p = TestPipelines.analyze("\"When I asked for bread, they laughed,\" said Karim Haddad.", "en")
                .get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Karim Haddad");
    }

    @Test
    void anAdverbOpeningAFragmentBeforeASpeechVerbIsNoPerson() {
        List<Entity> p = TestPipelines.analyze("Karim Haddad wrote to his brother once. Just asked for money. "
                + "Just \"Are you eating?\" Nothing else.", "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Karim Haddad");
    }

    @Test
    void aNameThatOpensWithTheAdverbsLettersIsStillAName() {
        List<Entity> p = TestPipelines.analyze("Justus Mayer asked the court for time.", "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Justus Mayer");
    }
}
