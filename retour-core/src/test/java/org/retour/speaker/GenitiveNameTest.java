package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.person;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/** A name after "de", "of" or "von" is the complement of the noun before it, not the person it describes. */
class GenitiveNameTest {

    @Test
    void theMotherOfANamedFighterIsNotHisRole() {
        Analysis a = TestPipelines.analyze("La mère de Sami Bouzid, présente dans la salle, n'a rien dit.", "fr");
        assertThat(person(a, "Sami Bouzid").role()).isNull();
        Analysis en = TestPipelines.analyze("The lawyer of Adam Price left the court without a word.", "en");
        assertThat(person(en, "Adam Price").role()).isNull();
    }

    @Test
    void aDefendantWhoseMotherIsInCourtSpeaksAsAFormerFighter() {
        List<Quote> q = top("Sami Bouzid, 29 ans, est jugé à Paris pour avoir rejoint l'EI en 2014.\n\n"
                + "« L'émir gardait tout, nous on mangeait du pain sec », a-t-il raconté.\n\n"
                + "La mère de Sami Bouzid, présente dans la salle, n'a pas souhaité s'exprimer.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sami Bouzid");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void theDefendantInAStoryOfLifeInTheGroupIsAReturnee() {
        List<Quote> q = top("The emir sent the foreign fighters to the front first, prosecutors said.\n\n"
                + "\"Because there was no other way,\" the defendant replied.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
