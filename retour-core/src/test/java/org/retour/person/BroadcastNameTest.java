package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Speaker;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The name a programme gives someone it does not name ("whom the programme is calling Adam", « que la radio appelle ici
 * Adam ») is that person's: the description before it stands for them.
 */
class BroadcastNameTest {

    private static Speaker first(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.QUOTES).get(0).attribution().speaker();
    }

    @Test
    void aProgrammesNameForSomeoneNamesTheDescriptionBeforeIt() {
        Speaker s = first("The man, who is now in his early thirties and whom the programme is calling Tarek, came back"
                + " in 2016.\n\nHe told the presenter that he had been \"a boy with a rucksack\".", "en");
        assertThat(s.name()).isEqualTo("Tarek");
    }

    @Test
    void aFrenchProgrammesNameForSomeoneNamesTheDescriptionBeforeIt() {
        Speaker s = first("L'homme, qui a aujourd'hui trente ans et que la radio appelle ici Tarek, est rentré en 2016."
                + "\n\nIl a dit au présentateur qu'il était « un gamin avec un sac à dos ».", "fr");
        assertThat(s.name()).isEqualTo("Tarek");
    }

    @Test
    void whatAGroupIsCallingSomethingNamesNoOne() {
        Speaker s = first("The man, whom the police had arrested in 2016, spoke to the presenter. What the group is"
                + " calling Raqqa Province was gone.\n\nHe said he had been \"a boy with a rucksack\".", "en");
        assertThat(s == null ? null : s.name()).isNotEqualTo("Raqqa Province");
    }
}
