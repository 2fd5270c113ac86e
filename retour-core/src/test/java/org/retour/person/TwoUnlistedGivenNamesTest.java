package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Two capitalised words no lexicon lists before a known given name that ends the run are given names the
 * lexicon lacks, as Malay and Indonesian names have two ("Siwar Marlisa Karim"): the whole run names the person,
 * and the description and given names that take her up later find her; German, which capitalises its nouns,
 * keeps the known name alone.
 */
class TwoUnlistedGivenNamesTest {

    @Test
    void twoUnlistedWordsBeforeAGivenNameThatEndsTheRunOpenTheName() {
        String text = "Another trainee, Siwar Marlisa Karim, 31, who came back with her three children, said she had"
                + " seen a man flogged.\n\n"
                + "\"They flogged him in the market,\" said the mother of three.\n\n"
                + "Asked if she regretted going, Siwar Marlisa was firm: \"Every single day.\"";
        Analysis a = TestPipelines.analyze(text, "en");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Siwar Marlisa Karim");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q).extracting(x -> x.attribution().speaker().name())
                .containsExactly("Siwar Marlisa Karim", "Siwar Marlisa Karim");
    }

    @Test
    void aGermanNounBeforeAnUnlistedWordStaysOutOfTheName() {
        String text = "Im Istanbuler Stadtteil Karim wohnt sie heute.";
        assertThat(TestPipelines.analyze(text, "de").get(Layers.PERSONS)).extracting(Entity::canonical)
                .doesNotContain("Istanbuler Stadtteil Karim");
    }
}
