package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The noun of a group capitalised at the head of a sentence before a verb of speech ("Police said", "Police
 * allege") is no person's name, and a demonym before it describes no one ("the Iraqi police said").
 */
class GroupNounSubjectTest {

    private static List<String> persons(Analysis a) {
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void policeBeforeAVerbOfSpeechIsNoName() {
        for (String verb : new String[] {"said", "allege", "told reporters"}) {
            Analysis a = org.retour.quote.TestPipelines.analyze("Kamal Aziz, 27, was arrested on Tuesday. Police " + verb
                    + " Mr Aziz fought in Raqqa.", "en");
            assertThat(persons(a)).as(verb).containsExactly("Kamal Aziz");
        }
    }

    @Test
    void aDemonymBeforePoliceDescribesNoOne() {
        Analysis a = org.retour.quote.TestPipelines.analyze("The Iraqi police said the man had crossed at night.", "en");
        assertThat(a.get(PersonStage.DESCRIPTIONS)).extracting(PersonDescription::text).doesNotContain("The Iraqi");
    }
}
