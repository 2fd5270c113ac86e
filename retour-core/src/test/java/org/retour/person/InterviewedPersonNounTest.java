package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** "Interviewees" and "Respondents" opening a sentence before a verb of speech are people described, not a name. */
class InterviewedPersonNounTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void interviewsBeforeASpeechVerbNameNoOne() {
        assertThat(persons("The study is based on sixty interviews. Interviewees described long marches at night,"
                + " \"and nobody told us where we were going.\" Respondents said the food ran out first.")).isEmpty();
    }
}
