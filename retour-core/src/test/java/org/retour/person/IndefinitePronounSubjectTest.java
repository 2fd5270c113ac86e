package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An indefinite pronoun or "Please" before a verb of speech is no name ("Everybody says", "Please tell them"). */
class IndefinitePronounSubjectTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS);
    }

    @Test
    void anIndefinitePronounBeforeASpeechVerbIsNoPerson() {
        assertThat(persons("Everybody knows what happened in Raqqa, said Omar Haddad. Someone told the police."))
                .extracting(Entity::canonical).containsExactly("Omar Haddad");
    }

    @Test
    void pleaseOpeningAnAppealIsNoPerson() {
        assertThat(persons("\"Please tell them we are not dangerous,\" said Amina Yusuf."))
                .extracting(Entity::canonical).containsExactly("Amina Yusuf");
    }
}
