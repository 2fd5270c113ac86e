package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A run of capitalised words that opens with titles and their modifiers names the person after the last
 * title when two words follow it ("Detective Chief Superintendent Laura Finch", "Provincial Governor Wiremu
 * Tane", "Justice Ranjani Oyelaran"), and the titles are the role; a title whose words read as an
 * institution, or a given name before the title, leaves the run as it was.
 */
class TitlesBeforeNameTest {

    private static Entity only(String text) {
        List<Entity> persons = TestPipelines.analyze(text, "en").get(Layers.PERSONS);
        assertThat(persons).hasSize(1);
        return persons.get(0);
    }

    @Test
    void theNameStartsAfterTitlesInARow() {
        String text = "Detective Chief Inspector Chloé Martin said the file was closed.";
        Entity p = only(text);
        assertThat(p.canonical()).isEqualTo("Chloé Martin");
        assertThat(p.role()).isEqualTo("Detective Chief Inspector");
        Span s = p.mentions().get(0).span();
        assertThat(s).isEqualTo(new Span(text.indexOf("Chloé"), text.indexOf(" said")));
    }

    @Test
    void aModifiedTitleBeforeAnUnlistedGivenName() {
        assertThat(only("Provincial Governor Wiremu Tane said the camp would close.").canonical())
                .isEqualTo("Wiremu Tane");
        assertThat(only("U.S. District Judge Amaru Quispe sentenced him to nine years.").canonical())
                .isEqualTo("Amaru Quispe");
    }

    @Test
    void aJudgesTitleAfterTheirDescription() {
        Entity p = only("The judge, Justice Ranjani Oyelaran, asked him to stand.");
        assertThat(p.canonical()).isEqualTo("Ranjani Oyelaran");
        assertThat(p.role()).isEqualTo("judge");
    }

    @Test
    void aGivenNameBeforeATitleKeepsTheWholeName() {
        assertThat(only("Former President Sharif Sheikh Ahmed spoke to the elders.").canonical())
                .isEqualTo("Sharif Sheikh Ahmed");
    }
}
