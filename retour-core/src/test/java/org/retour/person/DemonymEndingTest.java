package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A French demonym the lexicon does not list heads a description by its ending. */
class DemonymEndingTest {

    private static List<PersonDescription> descriptions(String text) {
        return TestPipelines.analyze(text, "fr").get(PersonStage.DESCRIPTIONS);
    }

    @Test
    void anUnlistedDemonymAfterAnArticleDescribesAPersonOfItsEndingsGender() {
        List<PersonDescription> d = descriptions("Le président l'interroge. Le Vénissian répond sans hésiter. "
                + "Plus tard, la Magogoise se tait.");
        assertThat(d).extracting(PersonDescription::text).contains("Le Vénissian", "la Magogoise");
        assertThat(d.stream().filter(x -> x.text().equals("la Magogoise")).findFirst().orElseThrow().gender())
                .isEqualTo(Gender.FEMALE);
    }

    @Test
    void aSurnameAfterTheParticleOfAFullNameDescribesNoOne() {
        String text = "Martine Le Gallais a témoigné mardi.";
        assertThat(descriptions(text)).extracting(PersonDescription::text).noneMatch(t -> t.contains("Gallais"));
        List<Entity> persons = TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
        assertThat(persons).extracting(Entity::canonical).containsExactly("Martine Le Gallais");
    }

    @Test
    void aWordWithoutAnArticleOrBeforeAnotherCapitalisedWordDescribesNoOne() {
        assertThat(descriptions("Selon Le Parisien Libéré, trois jeunes sont partis. Lavallois et Lyonnais se taisent."))
                .extracting(PersonDescription::text).noneMatch(t -> t.contains("Parisien") || t.contains("Lavallois"));
    }
}
