package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of a rank by age (« l'aînée », "the younger", „der Jüngere“) stands for the eldest or the
 * youngest of the persons of its gender named before it with an age in figures, when two or more are.
 */
class AgeRankDescriptionTest {

    @Test
    void theElderWomanIsTheOlderOfTheTwoSistersInLaw() {
        List<Quote> q = top("Nadia Cherif, 34 ans, et sa belle-sœur, Leïla Haddad, 29 ans, sont rentrées de Syrie à"
                + " l'automne 2020. Les enquêteurs les ont entendues séparément pendant quatre jours.\n\nDevant eux,"
                + " l'aînée a d'abord tout nié. « Je ne savais rien de ses projets, je suivais mon mari », a-t-elle"
                + " déclaré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Cherif");
    }

    @Test
    void theYoungerIsTheCousinOfTwentyFour() {
        List<Quote> q = top("Omar Siddiqui, 24, and his cousin Bilal Khan, 30, were arrested at Manchester airport in May"
                + " after being deported from Turkey.\n\n\"We never fought for anyone. We drove trucks and we waited,\" the"
                + " younger told the jury on Tuesday.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Siddiqui");
    }

    @Test
    void theElderIsTheCousinOfThirty() {
        List<Quote> q = top("Omar Siddiqui, 24, and his cousin Bilal Khan, 30, were arrested at Manchester airport in May"
                + " after being deported from Turkey.\n\n\"We never fought for anyone. We drove trucks and we waited,\" the"
                + " elder told the jury on Tuesday.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bilal Khan");
    }

    @Test
    void derJuengereIsTheDefendantOfTwentyTwo() {
        List<Quote> q = top("Ali Yilmaz (28) und sein Cousin Deniz Kaya (22) stehen seit Montag vor dem"
                + " Oberlandesgericht in Düsseldorf.\n\n„Ich wollte nur weg, schon nach drei Wochen“, sagte der Jüngere"
                + " am Dienstag.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Deniz Kaya");
    }
}
