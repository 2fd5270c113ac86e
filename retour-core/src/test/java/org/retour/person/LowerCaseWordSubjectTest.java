package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * One capitalised word before a verb of speech that the text also writes in lower case is a common word
 * at a clause start ("You said", "People say", « Cela dit »), not a name; an unknown surname the text never
 * writes in lower case still is one ("Okonkwo said").
 */
class LowerCaseWordSubjectTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void englishCommonWordsBeforeASpeechVerbAreNoNames() {
        assertThat(persons("The judge turned to Samir Kaddour. “You said you wanted to leave, but you stayed.”"
                + " People say many things, Kaddour replied, and people forget.", "en"))
                .containsExactly("Samir Kaddour");
    }

    @Test
    void aFrenchPronounBeforeASpeechVerbIsNoName() {
        assertThat(persons("Yanis Ferhat a tout raconté aux juges. Cela dit, il a menti sur un point, et cela"
                + " compte.", "fr")).containsExactly("Yanis Ferhat");
    }

    @Test
    void anUnknownSurnameBeforeASpeechVerbStaysAName() {
        assertThat(persons("The camp was quiet that week. Okonkwo said the guards had gone.", "en"))
                .containsExactly("Okonkwo");
    }
}
