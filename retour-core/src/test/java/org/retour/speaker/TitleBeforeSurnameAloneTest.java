package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A title before a surname alone ("Justice Harland", "Colonel Okafor") is no part of the name but its role, so
 * "the judge" takes the person up and "the woman" does not; a title before an organisation's word stays whole.
 */
class TitleBeforeSurnameAloneTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS);
    }

    @Test
    void theTitleIsTheRoleAndTheSurnameTheName() {
        List<Entity> p = persons("In his ruling, Justice Pellworth noted the delay.");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).canonical()).isEqualTo("Pellworth");
        assertThat(p.get(0).role()).isEqualTo("judge");
    }

    @Test
    void theJudgeTakesUpTheTitledSurname() {
        List<Quote> q = top("A woman from Dunedin was placed under a control order.\n\n"
                + "In his decision, Justice Pellworth noted that the woman had told police she regarded the leaders as"
                + " \"liars in black\".\n\n"
                + "But the judge also wrote that the risk she posed was \"real, if modest\".", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Pellworth");
    }

    @Test
    void aTitleBeforeAnInstitutionsWordStaysWhole() {
        assertThat(persons("The Justice Department declined to comment.")).isEmpty();
    }
}
