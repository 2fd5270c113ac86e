package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A description predicated of the pronoun that opens its sentence ("She is 29, a former student") is that person. */
class PredicatedDescriptionTest {

    @Test
    void theFormerStudentIsAmiraWhomThePronounStandsFor() {
        List<Quote> q = top("The first thing you notice about Amira is how carefully she arranges her hands. She is 29,"
                + " a former nursing student from Birmingham, and she came back to Britain in 2022.\n\n"
                + "\"People want me to say I was brainwashed,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amira");
    }

    @Test
    void aDescriptionThatOpensItsOwnSentenceStaysUnnamed() {
        List<Quote> q = top("A former nursing student from Birmingham came back to Britain in 2022.\n\n"
                + "\"People want me to say I was brainwashed,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("A former nursing student");
    }

    @Test
    void aDescriptionOfTheOtherGenderIsNoPredicateOfThePronounBeforeIt() {
        List<Quote> en = top("Karim Rahman came back from Syria in 2019.\n\n"
                + "He says his mother rang him. She said, \"Come home, we will sort it.\"", "en");
        assertThat(speaker(en.get(0)).name()).isNull();
        assertThat(speaker(en.get(0)).description()).isEqualTo("his mother");
        List<Quote> fr = top("Karim Rahman est rentré de Syrie en 2019.\n\n"
                + "Il raconte que sa mère l'appelait. Elle disait : « Rentre, on va arranger ça. »", "fr");
        assertThat(speaker(fr.get(0)).name()).isNotEqualTo("Karim Rahman");
    }
}
