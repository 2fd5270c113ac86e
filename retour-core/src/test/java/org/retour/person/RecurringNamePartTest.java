package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Two capitalised words whose given name no lexicon lists name a person when the document goes on writing the
 * surname, or the given name, alone.
 */
class RecurringNamePartTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aSurnameWrittenAloneTwiceMakesAPersonOfTheFullNameBeforeIt() {
        List<Entity> p = persons("On the table in Zulqeyva Begum's kitchen there is a plastic folder. Begum opens it "
                + "slowly. The letters are from her son, Begum explains.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Zulqeyva Begum");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Begum");
    }

    @Test
    void aGivenNameWrittenAloneTwiceMakesAPersonOfTheFullNameToo() {
        List<Entity> p = persons("Ilyès Ferhani a la voix d'un homme fatigué. Ilyès parle lentement. Au café, Ilyès "
                + "commande un thé.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Ilyès Ferhani");
    }

    @Test
    void aNamePartWrittenAloneOnceIsNoEvidence() {
        List<Entity> p = persons("On the table in Zulqeyva Begum's kitchen there is a plastic folder. Begum opens it "
                + "slowly.", "en");
        assertThat(p).isEmpty();
    }

    @Test
    void aPronounOrAQuestionNumberThatRecursIsNoName() {
        List<Entity> p = persons("What I saw there was nothing. I left. I came back. Then I slept.", "en");
        assertThat(p).isEmpty();
        List<Entity> q = persons("Q112 Chair: thank you. Chair: next. Chair: last.", "en");
        assertThat(q).isEmpty();
    }
}
