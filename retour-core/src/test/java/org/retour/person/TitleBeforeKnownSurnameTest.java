package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A title of several words before a surname already known names the person of that surname, not a new one. */
class TitleBeforeKnownSurnameTest {

    @Test
    void aTitleOfSeveralWordsBeforeAKnownSurnameJoinsTheFullName() {
        String text = "NSW Police Assistant Commissioner Greg Tallis said the women would be supported.\n\n"
                + "“There is a plan for each family,” Assistant Commissioner Tallis said.";
        Analysis a = TestPipelines.analyze(text, "en");
        List<Entity> persons = a.get(Layers.PERSONS);
        assertThat(persons).extracting(Entity::canonical).containsExactly("Greg Tallis");
        Mention last = persons.get(0).mentions().get(persons.get(0).mentions().size() - 1);
        assertThat(text.substring(last.span().start(), last.span().end())).isEqualTo("Tallis");
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Greg Tallis");
    }

    @Test
    void aTitleBeforeAnUnknownSurnameStillNamesSomeoneElse() {
        String text = "Assistant Commissioner Greg Tallis said the women would be supported. "
                + "“We will see,” Assistant Commissioner Kowalczyk said.";
        List<Entity> persons = TestPipelines.analyze(text, "en").get(Layers.PERSONS);
        assertThat(persons).extracting(Entity::canonical).hasSize(2).doesNotContain("Tallis");
    }
}
