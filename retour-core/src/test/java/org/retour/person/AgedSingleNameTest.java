package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** One unknown capitalised word with an age set off right after it (", 52," or "(41)") is a person's name. */
class AgedSingleNameTest {

    private static List<Entity> found(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    private static List<String> persons(String text, String lang) {
        return found(text, lang).stream().map(Entity::canonical).toList();
    }

    @Test
    void aSingleNameWithAnAgeBetweenCommasAfterAFrontedPlaceIsAPerson() {
        String text = "In Surabaya, Wahyuningsih, 52, runs a noodle stall near the station.";
        List<Entity> persons = found(text, "en");
        assertThat(persons).extracting(Entity::canonical).contains("Wahyuningsih");
        Mention m = persons.stream().filter(e -> e.canonical().equals("Wahyuningsih")).findFirst().orElseThrow()
                .mentions().get(0);
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("Wahyuningsih"); // UTF-16 offsets
    }

    @Test
    void aSingleNameWithAnAgeInBracketsOrInFrenchYearsIsAPerson() {
        assertThat(persons("Every morning Sutrisno (41) opens his stall before dawn.", "en")).contains("Sutrisno");
        assertThat(persons("À Mopti, Aminatà, 38 ans, tient une petite boutique de tissus.", "fr")).contains("Aminatà");
    }

    @Test
    void aNounADeterminerOpensIsNoAgedName() {
        assertThat(persons("The Tunisian, 24, told a different story. \"They said it was an honour,\" he said.", "en"))
                .doesNotContain("Tunisian");
        assertThat(persons("Le Tunisien, 24 ans, raconte une autre histoire.", "fr")).doesNotContain("Tunisien");
    }

    @Test
    void aPlaceOrANumberOfYearsIsNoAgedName() {
        assertThat(persons("In Raqqa, 2014, was the worst year of the war.", "en")).isEmpty();
        assertThat(persons("The convoy left Mosul, 12, then Tal Afar, 14 of them wounded.", "en")).doesNotContain("Mosul");
    }
}
